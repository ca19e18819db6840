import { css } from 'lit';

export const accountAccessStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: var(--px-space, 1rem);
  }
  .card {
    padding: var(--px-space, 1rem) calc(var(--px-space, 1rem) * 1.5);
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-border, #dcd6e6);
    border-radius: var(--px-radius, 0.5rem);
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
