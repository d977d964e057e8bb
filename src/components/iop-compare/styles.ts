import { css } from 'lit';

/** Table on wide elements, one card per level at 46rem (736 px) and narrower: iop-compare.ts renders only one. */
export const compareStyles = css`
  :host {
    container-type: inline-size;
    max-width: var(--loc-max-width, 72rem);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: var(--_gap);
  }
  .title {
    text-align: start;
    font-weight: 700;
    font-size: 1.2em;
    margin-bottom: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
    /* Words stay whole: a column is never narrower than its longest word (the host's anywhere would split them). */
    overflow-wrap: break-word;
  }
  .hl {
    border: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.5em;
    border: 2px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
  }
  .own {
    margin: 0.4em 0 0;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--_accent);
  }
  sup {
    font-size: 0.7em;
  }
  .range {
    white-space: nowrap;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-bottom: var(--_gap);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.6em;
  }
  .notes {
    font-size: 0.9em;
  }
  .notes ol {
    padding-inline-start: 1.5em;
  }
  /* Space between the source links, so each is a 24 px target (WCAG 2.5.8). */
  .notes li + li {
    margin-top: 0.5em;
  }
  @media (forced-colors: active) {
    .hl {
      border-color: Highlight;
    }
  }
  @media print {
    .cta {
      display: none !important;
    }
    table {
      font-size: 0.8em;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
