import { css } from 'lit';

export const officeReportStyles = css`
  :host {
    display: block;
    --px-chart-1: var(--px-color-brand, #5c2d91);
    --px-chart-2: #1a73e8;
    --px-chart-3: #b25e00;
    --px-chart-4: #2e7d32;
    --px-chart-5: #6e6a78;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 40rem;
    margin: 0.5rem 0;
  }
  .chart text {
    font: inherit;
    font-size: 12px;
    fill: var(--px-color-text, #1f1d24);
  }
  .part-1 {
    --part-color: var(--px-chart-1);
  }
  .part-2 {
    --part-color: var(--px-chart-2);
  }
  .part-3 {
    --part-color: var(--px-chart-3);
  }
  .part-4 {
    --part-color: var(--px-chart-4);
  }
  .part-5 {
    --part-color: var(--px-chart-5);
  }
  rect.part {
    fill: var(--part-color);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.35em;
    vertical-align: baseline;
    background: var(--part-color);
  }
`;
