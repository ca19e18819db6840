import { css } from 'lit';

export const marketingPreferencesStyles = css`
  :host {
    display: block;
  }
  .channels {
    margin: 0.5rem 0 0 1.5rem;
    padding: 0;
    border: 0;
  }
  .channels legend {
    padding: 0;
    font-weight: 600;
  }
`;
