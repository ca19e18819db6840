import { css } from 'lit';

export const consentToggleStyles = css`
  :host {
    display: block;
  }
`;
