import { css } from 'lit';

export const officeRequestStyles = css`
  :host {
    display: block;
  }
  dd p {
    margin: 0;
  }
  .step {
    margin: 0 0 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--px-color-border, #d9d6df);
    border-radius: var(--px-radius, 0.5rem);
  }
  .step h4 {
    margin: 0 0 0.5rem;
  }
  .preview {
    margin-bottom: 0.75rem;
    padding: 0.5rem 0.75rem;
    background: var(--px-color-surface-alt, #f4f2f7);
    border-radius: var(--px-radius, 0.5rem);
  }
  .preview span {
    display: block;
    font-weight: 600;
  }
  output {
    display: block;
  }
`;
