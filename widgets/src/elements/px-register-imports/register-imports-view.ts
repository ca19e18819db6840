import { html, type TemplateResult } from 'lit';
import type { OfficeRegisterImportsQuery } from '../../graphql/generated.js';
import type { OfficeDictionary } from '../../office/i18n/office-dictionary.js';

export type RegisterImportRow = OfficeRegisterImportsQuery['registerImports']['edges'][number]['node'];

/** The imports, newest first, each with its progress as the gateway reports it. */
export function renderImports(
  imports: RegisterImportRow[],
  texts: OfficeDictionary['registers'],
  moment: Intl.DateTimeFormat,
): TemplateResult {
  if (imports.length === 0) return html`<p class="muted">${texts.noImports}</p>`;
  return html`<div class="scroll"><table part="imports" data-testid="imports">
    <caption>${texts.imports}</caption>
    <thead><tr><th scope="col">${texts.register}</th><th scope="col">${texts.started}</th><th scope="col">${texts.status}</th>
      <th scope="col">${texts.progress}</th><th scope="col">${texts.lines}</th><th scope="col">${texts.added}</th>
      <th scope="col">${texts.removed}</th><th scope="col">${texts.rejected}</th></tr></thead>
    <tbody>${imports.map(
      (row) => html`<tr data-import=${row.id} data-status=${row.status} data-register=${row.register}>
        <th scope="row">${texts.names[row.register] ?? row.register}</th>
        <td><time datetime=${row.startedAt}>${moment.format(new Date(row.startedAt))}</time></td>
        <td>${texts.statuses[row.status] ?? row.status}${row.error ? html`: ${row.error}` : ''}</td>
        <td><progress max="100" value=${Math.round(row.progress * 100)} aria-label=${`${texts.progress}: ${texts.names[row.register] ?? row.register}`}></progress>
          ${Math.round(row.progress * 100)} %</td>
        <td>${texts.linesOf(row.processedLines, row.totalLines)}</td>
        <td>${row.added}</td><td>${row.removed}</td><td>${row.rejectedLines}</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}
