import { css } from 'lit';

export const dataRequestsStyles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    padding: 0.25rem 0;
  }
  .option input {
    width: auto;
    margin: 0.35rem 0 0;
    accent-color: var(--px-color-brand, #5c2d91);
  }
  .option label {
    font-weight: 600;
  }
  .option p {
    grid-column: 2;
    margin: 0;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 4.5rem;
    margin: 0.25rem 0 0.75rem;
    padding: 0.45rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-muted, #5b5766);
    border-radius: var(--px-radius, 0.5rem);
    resize: vertical;
  }
  .requests {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='request'] {
    padding: 0.75rem 0;
    border-top: 1px solid var(--px-color-border, #dcd6e6);
  }
  [part='request'] p {
    margin: 0.15rem 0;
  }
  .steps {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  progress {
    display: block;
    width: 100%;
    max-width: 20rem;
    height: 0.75rem;
    accent-color: var(--px-color-brand, #5c2d91);
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  select,
  input[type='file'] {
    display: block;
    max-width: 100%;
    margin: 0.25rem 0 0.75rem;
    font: inherit;
  }
  .confirmation,
  .overview,
  [part='reply-form'],
  [part='contact-form'] {
    margin: 0.5rem 0 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--px-color-border, #dcd6e6);
    border-radius: var(--px-radius, 0.5rem);
  }
  .confirmation h3:focus-visible {
    outline: 2px solid var(--px-color-focus, #1a73e8);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .overview dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0.75rem;
  }
  .overview dt {
    font-weight: 600;
  }
  .overview dd {
    margin: 0;
  }
  .held {
    margin: 0;
    padding-left: 1rem;
  }
`;
