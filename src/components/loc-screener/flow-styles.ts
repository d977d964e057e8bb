import { css } from 'lit';
import { noticeStyles } from '../../shared/read-settings.js';

/**
 * The styles of the questions, crisis panel, result and summary: added to the element's styles when its flow module
 * loads (flow.ts), so the start screen does not pay for them (issue #12).
 */
export const flowStyles = css`
  ${noticeStyles}
  .step {
    display: block;
    font-weight: 400;
    margin-bottom: 0.25em;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin-bottom: var(--_gap);
    accent-color: var(--_accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
  }
  legend h2 {
    margin: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.4em 0.75em;
    margin-bottom: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border: 2px solid var(--_accent);
  }
  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions,
  .big-contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_gap);
  }
  .big-contacts {
    list-style: none;
    padding: 0;
  }
  .big-contacts .button {
    font-size: 1.1em;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--loc-danger-text, #fff);
  }
  .crisis {
    border-inline-start: 0.5rem solid var(--_danger);
    padding-inline-start: var(--_gap);
  }
  .warnings {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em var(--_gap);
    margin-bottom: var(--_gap);
  }
  .disclaimer {
    font-size: 0.875em;
    margin-top: var(--_gap);
  }
  @media (forced-colors: active) {
    .option:has(:checked),
    .crisis,
    .warnings {
      border-color: Highlight;
    }
    .button.danger {
      background: ButtonFace;
      color: ButtonText;
    }
  }
  .quiet {
    font-size: 0.875em;
  }
  .summary summary {
    /* A 44 px target (WCAG 2.5.5 target size, as the checklist's). */
    display: flex;
    align-items: center;
    min-height: 44px;
    cursor: pointer;
  }
  .summary-text {
    white-space: pre-wrap;
    margin-top: 0.5em;
  }
  .warnings .contact-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.25em 0;
  }
  iframe.print {
    position: absolute;
    width: 0;
    height: 0;
    border: 0;
  }
  .flag {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
`;
