import { css } from 'lit';

export const locationReportingStyles = css`
  :host {
    display: block;
  }
`;
