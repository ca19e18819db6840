import { css } from 'lit';

export const signInStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    max-width: var(--px-sign-in-width, 24rem);
  }
  form {
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .countdown {
    font-variant-numeric: tabular-nums;
  }
`;
