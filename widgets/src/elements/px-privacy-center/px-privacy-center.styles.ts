import { css } from 'lit';

export const privacyCenterStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: var(--px-space, 1rem);
  }
  .card {
    min-width: 0;
    padding: var(--px-space, 1rem) clamp(0.5rem, 4vw, calc(var(--px-space, 1rem) * 1.5));
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-border, #dcd6e6);
    border-radius: var(--px-radius, 0.5rem);
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
