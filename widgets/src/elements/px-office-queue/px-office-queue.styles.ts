import { css } from 'lit';

export const officeQueueStyles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0.75rem;
    border: 1px solid var(--px-color-border, #d9d6df);
    border-radius: var(--px-radius, 0.5rem);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 1rem;
  }
  .flag {
    display: inline-block;
    padding: 0 0.4rem;
    border-radius: var(--px-radius, 0.5rem);
    font-size: 0.875em;
  }
  .overdue {
    color: var(--px-color-danger, #a4161a);
    background: var(--px-color-danger-surface, #fbe7e7);
  }
  .soon {
    color: #6b4e00;
    background: #fff4cc;
  }
`;
