import { css } from 'lit';

/** The staff screens' form controls beyond the shared ones: selects, note boxes, inline checkboxes and radios. */
export const officeControls = css`
  select,
  textarea {
    display: block;
    width: 100%;
    margin: 0.25rem 0 0.75rem;
    padding: 0.45rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-muted, #5b5766);
    border-radius: var(--px-radius, 0.5rem);
  }
  textarea {
    min-height: 4rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
    margin-bottom: 0.75rem;
  }
  .inline input {
    width: auto;
    margin: 0;
  }
  .inline label {
    margin-right: 1rem;
    font-weight: normal;
  }
`;

/** The staff screens' tables: the queue, the systems, a subject's choices. */
export const officeTables = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 0.75rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.35rem;
  }
  th,
  td {
    padding: 0.4rem 0.5rem;
    text-align: left;
    border-bottom: 1px solid var(--px-color-border, #d9d6df);
    vertical-align: top;
  }
  th[scope='row'] {
    font-weight: normal;
  }
`;

/** A request's or a subject's facts: terms beside their values. */
export const officeDetails = css`
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
`;
