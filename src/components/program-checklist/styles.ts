import { css } from 'lit';

export const checklistStyles = css`
  .items,
  .plain {
    list-style: none;
    margin: 0 0 var(--_gap);
    padding: 0;
  }
  .item,
  .box {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_gap);
    padding: 0.5em 0.75em 0.75em;
    min-width: 0;
  }
  /* One short line per item until it is opened. */
  .item {
    margin-bottom: 0.5em;
    padding-block: 0;
  }
  .item:has(details[open]) {
    padding-bottom: 0.75em;
  }
  .item.done {
    border-inline-start: 0.4rem solid var(--_accent);
  }
  .state {
    font-weight: 400;
  }
  /* Read by screen readers, not shown: the item a note field belongs to. Placed inside its label, so it adds no width. */
  .field {
    position: relative;
  }
  .visually-hidden {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .field {
    display: block;
    margin-bottom: 0.5em;
  }
  textarea,
  input[type='text'] {
    /* Set here: inside <details> the fields inherit box-sizing from its slot, not from the host. */
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    margin-top: 0.25em;
    padding: 0.4em 0.5em;
    font: inherit;
    color: inherit;
    background: transparent;
    /* Text fields keep a 3:1 edge on any page (WCAG 1.4.11): the text color at 70 %. */
    border: 2px solid color-mix(in srgb, currentColor 70%, transparent);
    border-radius: var(--_radius);
  }
  ::placeholder {
    color: inherit;
    opacity: 0.8;
  }
  summary {
    min-height: 44px;
    padding-block: 0.6em;
    cursor: pointer;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: var(--_gap);
  }
  .scroll {
    overflow-x: auto;
    margin-bottom: var(--_gap);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.35em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .fine {
    font-size: 0.9em;
  }
  .print-only {
    display: none;
  }
  /* The program shown: underlined as well as filled, so it does not rely on color. */
  button[aria-pressed='true'] {
    text-decoration: underline;
    text-decoration-thickness: 0.15em;
    text-underline-offset: 0.2em;
  }
  @media (forced-colors: active) {
    .item.done {
      border-color: Highlight;
    }
    /* A thick Highlight border: a SelectedItem fill would sit under the text's Canvas backplate. */
    button[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 4px;
    }
  }
  @media print {
    .no-print,
    textarea {
      display: none;
    }
    .print-only {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
    /* The printed list shows every question, opened or not (a closed item's content is hidden on screen only). */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
