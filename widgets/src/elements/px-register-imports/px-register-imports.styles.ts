import { css } from 'lit';

export const registerImportsStyles = css`
  :host {
    display: block;
  }
  form {
    margin: 0 0 1rem;
    padding: 0.75rem;
    border: 1px solid var(--px-color-border, #d9d6df);
    border-radius: var(--px-radius, 0.5rem);
  }
  input[type='file'] {
    display: block;
    margin: 0.25rem 0 0.75rem;
  }
  progress {
    vertical-align: middle;
    accent-color: var(--px-color-brand, #5c2d91);
  }
`;
