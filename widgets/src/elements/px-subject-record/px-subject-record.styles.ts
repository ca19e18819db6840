import { css } from 'lit';

export const subjectRecordStyles = css`
  :host {
    display: block;
  }
  .changes,
  .deliveries,
  .reads {
    padding-left: 1.25rem;
  }
  .changes > li {
    margin-bottom: 0.5rem;
  }
  .attempts {
    margin: 0.25rem 0;
    font-size: 0.9375em;
  }
  .ledger {
    padding: 0.5rem 0.75rem;
    border-radius: var(--px-radius, 0.5rem);
    background: var(--px-color-surface-alt, #f4f2f7);
  }
  .ledger.broken {
    color: var(--px-color-danger, #a4161a);
    background: var(--px-color-danger-surface, #fbe7e7);
  }
  .ledger p {
    margin: 0;
  }
`;
