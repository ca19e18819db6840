import { css } from 'lit';

export const propagationHealthStyles = css`
  :host {
    display: block;
  }
  .failures {
    padding: 0;
    list-style: none;
  }
  .failures li {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--px-color-border, #d9d6df);
  }
  .failures p {
    margin: 0 0 0.35rem;
  }
  fieldset {
    margin: 1rem 0;
    padding: 0.75rem;
    border: 1px solid var(--px-color-border, #d9d6df);
    border-radius: var(--px-radius, 0.5rem);
  }
`;
