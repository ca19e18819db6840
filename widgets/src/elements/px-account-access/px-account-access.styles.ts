import { css } from 'lit';

export const accountAccessStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: var(--px-space, 1rem);
  }
  form {
    margin: 0;
  }
  ul {
    padding-left: 1.25rem;
  }
  .members li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .row {
    display: inline-flex;
    gap: 0.75rem;
  }
`;
