import { css } from 'lit';

export const privacyCenterStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: var(--px-space, 1rem);
  }
  .history {
    margin: 0;
    padding-left: 1.25rem;
  }
  .history li {
    padding: 0.25rem 0;
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .receipts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  address {
    font-style: normal;
    overflow-wrap: anywhere;
  }
`;
