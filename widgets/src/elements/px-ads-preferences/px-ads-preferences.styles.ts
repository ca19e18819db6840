import { css } from 'lit';

export const adsPreferencesStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin-top: 1rem;
  }
`;
