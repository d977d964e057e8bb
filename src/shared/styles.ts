import { css } from 'lit';

/**
 * Design tokens and base styles shared by every widget. Text and borders inherit the page's
 * color, so widgets read well on light and dark pages; only filled buttons use the accent color,
 * with their own contrasting text. Everything has a border so it stays visible in forced colors.
 *
 * Tokens (set them on the element or any ancestor):
 *   --loc-accent            filled buttons and highlights (default #0b57a4)
 *   --loc-accent-text       text on filled buttons (default #fff)
 *   --loc-danger            crisis accents (default #a11f19)
 *   --loc-danger-text       text on the filled Call 911 button (default #fff)
 *   --loc-surface           widget background (default transparent: the page shows through)
 *   --loc-border            borders (default: the text color at 35 %)
 *   --loc-radius            corner radius (default 0.5rem)
 *   --loc-gap               base spacing (default 1rem)
 *   --loc-font-size         base text size (default 1rem)
 *   --loc-max-width         widget width limit (default 42rem)
 *   --loc-focus-color       the focus ring (default #000)
 *   --loc-focus-halo        the band around the focus ring (default #fff); keep 9:1 or more between
 *                           the two, so one of them contrasts 3:1 with any page (WCAG technique C40)
 *   --loc-scroll-margin     room kept above and below a focused control when the page scrolls to it:
 *                           set it to the height of a sticky header (default 4rem; WCAG 2.4.11)
 */
export const baseStyles = css`
  :host {
    --_accent: var(--loc-accent, #0b57a4);
    --_accent-text: var(--loc-accent-text, #fff);
    /* 7.7:1 with the white text of the Call 911 button (AAA 1.4.6, axe color-contrast-enhanced). */
    --_danger: var(--loc-danger, #a11f19);
    --_border: var(--loc-border, color-mix(in srgb, currentColor 35%, transparent));
    --_radius: var(--loc-radius, 0.5rem);
    --_gap: var(--loc-gap, 1rem);
    --_focus: var(--loc-focus-color, #000);
    --_halo: var(--loc-focus-halo, #fff);
    /* Borders of controls (secondary buttons): the text color at 70 %, 3:1 or more on a light or dark page (WCAG 1.4.11). */
    --_control-border: color-mix(in srgb, currentColor 70%, transparent);
    display: block;
    box-sizing: border-box;
    max-width: var(--loc-max-width, 42rem);
    font: inherit;
    font-size: var(--loc-font-size, 1rem);
    line-height: 1.5;
    color: inherit;
    background: var(--loc-surface, transparent);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  p,
  ul,
  ol {
    margin: 0 0 calc(var(--_gap) * 0.75);
  }
  h2,
  h3 {
    line-height: 1.25;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  /*
   * A two-tone focus ring on every focusable control: a dark ring in a light band (WCAG technique C40). One of the
   * two contrasts 3:1 or more with any page, light or dark (WCAG 1.4.11, 2.4.7); the text color is not used, since
   * radios and checkboxes draw in the field color (black) whatever the page.
   */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_halo);
  }
  /* A focused control is not scrolled under a host's sticky header (WCAG 2.4.11): set --loc-scroll-margin. */
  a,
  button,
  input,
  textarea,
  summary,
  [tabindex] {
    scroll-margin-block: var(--loc-scroll-margin, 4rem);
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: inherit;
    border-color: var(--_control-border);
  }
  .crisis-bar {
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-bottom: var(--_gap);
  }
  .crisis-bar p {
    margin: 0 0 0.5em;
  }
  /* Text in the widget's language is loading: only the crisis band shows (base-element markLanguagePending). */
  :host(:state(lang-pending)) .crisis-bar ~ * {
    visibility: hidden;
  }
  .contact-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a.contact {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.8em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
    text-decoration: none;
  }
  /* Help links stand alone in a list: 44 px targets, like the crisis band's (WCAG 2.5.5). */
  a.help-link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .nowrap {
    white-space: nowrap;
  }
  a.contact:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
