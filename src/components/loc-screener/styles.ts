import { css } from 'lit';

/** The start screen's styles; those of the questions, crisis panel and result come with the flow (flowStyles). */
export const screenerStyles = css`
  .screen {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .small,
  .step {
    font-size: 0.875em;
  }
`;
