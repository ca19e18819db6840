import { css } from 'lit';

export const passkeysStyles = css`
  :host {
    display: block;
  }
  form {
    margin: 0 0 0.75rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.5rem 0;
    border-top: 1px solid var(--px-color-border, #d6d6d6);
  }
  li p {
    margin: 0.25rem 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
`;
