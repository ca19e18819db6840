import { html, svg, type TemplateResult } from 'lit';

/** One bar: its parts (such as the statuses of one request type), stacked left to right. */
export interface Bar {
  key: string;
  label: string;
  parts: { key: string; value: number }[];
}

const width = 480;
const labelWidth = 170;
const rowHeight = 26;
const barHeight = 16;

/**
 * A horizontal bar chart drawn by hand in SVG: no chart library in the staff module's budget.
 * The chart is an image named by `labelledBy`; the figures themselves are in a table beside it,
 * which screen readers read instead. A part's colour comes from `--px-chart-<index>`.
 */
export function barChart(
  bars: Bar[],
  { labelledBy, partKeys, format }: { labelledBy: string; partKeys: string[]; format: (value: number) => string },
): TemplateResult {
  const totals = bars.map((bar) => bar.parts.reduce((sum, part) => sum + part.value, 0));
  const scale = (width - labelWidth - 60) / Math.max(1, ...totals);
  return html`<svg class="chart" role="img" aria-labelledby=${labelledBy} viewBox="0 0 ${width} ${Math.max(1, bars.length) * rowHeight}"
    preserveAspectRatio="xMinYMin meet">
    ${bars.map((bar, row) => {
      const y = row * rowHeight;
      let x = labelWidth;
      return svg`<g data-bar=${bar.key}>
        <text x="0" y=${y + barHeight - 3} class="label">${bar.label}</text>
        ${bar.parts.map((part) => {
          const start = x;
          x += part.value * scale;
          const index = partKeys.indexOf(part.key) + 1;
          return svg`<rect x=${start} y=${y} width=${part.value * scale} height=${barHeight} class="part part-${index}"
            data-part=${part.key} data-value=${part.value}></rect>`;
        })}
        <text x=${x + 6} y=${y + barHeight - 3} class="value">${format(totals[row] ?? 0)}</text>
      </g>`;
    })}
  </svg>`;
}
