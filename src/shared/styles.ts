import { css } from 'lit';

/**
 * Design tokens and base styles shared by every widget. Text and borders inherit the page's
 * color, so widgets read well on light and dark pages; only filled buttons use the accent color,
 * with their own contrasting text. Everything has a border so it stays visible in forced colors.
 *
 * Tokens (set them on the element or any ancestor):
 *   --loc-accent            filled buttons and highlights (default #0b57a4)
 *   --loc-accent-text       text on filled buttons (default #fff)
 *   --loc-danger            crisis accents (default #b3261e)
 *   --loc-danger-text       text on the filled Call 911 button (default #fff)
 *   --loc-surface           widget background (default transparent: the page shows through)
 *   --loc-border            borders (default: the text color at 35 %)
 *   --loc-radius            corner radius (default 0.5rem)
 *   --loc-gap               base spacing (default 1rem)
 *   --loc-font-size         base text size (default 1rem)
 *   --loc-max-width         widget width limit (default 42rem)
 */
export const baseStyles = css`
  :host {
    --_accent: var(--loc-accent, #0b57a4);
    --_accent-text: var(--loc-accent-text, #fff);
    --_danger: var(--loc-danger, #b3261e);
    --_border: var(--loc-border, color-mix(in srgb, currentColor 35%, transparent));
    --_radius: var(--loc-radius, 0.5rem);
    --_gap: var(--loc-gap, 1rem);
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
  /* Focus rings use the text color, which already contrasts with the page, light or dark (WCAG 1.4.11). */
  :focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
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
    border-color: var(--_border);
  }
  /* Filled buttons: the ring sits inside, in the button's own text color on its fill. */
  button:not(.secondary):focus-visible,
  .button:not(.secondary):focus-visible {
    outline-offset: -6px;
  }
  .notice {
    border: 2px dashed var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-bottom: var(--_gap);
    font-size: 0.9em;
  }
  .notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
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
    :focus-visible,
    button:not(.secondary):focus-visible,
    .button:not(.secondary):focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
