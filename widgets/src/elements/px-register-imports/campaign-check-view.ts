import { html, nothing, type TemplateResult } from 'lit';
import type { OfficeCampaignCheckQuery } from '../../graphql/generated.js';
import type { OfficeDictionary } from '../../office/i18n/office-dictionary.js';

/** Where a campaign check stands and, line by line, what may not be used and why. */
export function renderCampaignCheck(
  { campaignCheck: check, campaignCheckDenials: denials }: OfficeCampaignCheckQuery,
  texts: OfficeDictionary['registers'],
): TemplateResult {
  const lines = denials.edges.map((edge) => edge.node);
  const summary =
    check.status === 'failed'
      ? texts.checkFailed(check.error ?? '')
      : check.status === 'done'
        ? texts.checked(check.total, check.denied)
        : texts.checking(check.processed, check.total);
  return html`<div part="check" data-testid="check" data-status=${check.status}>
    <p><progress max="100" value=${Math.round(check.progress * 100)} aria-label=${texts.progress}></progress>
      <span data-testid="check-summary">${summary}</span></p>
    ${
      check.status !== 'done'
        ? nothing
        : lines.length === 0
          ? html`<p class="muted">${texts.noDenials}</p>`
          : html`<div class="scroll"><table data-testid="denials">
              <caption>${texts.denials}</caption>
              <thead><tr><th scope="col">${texts.line}</th><th scope="col">${texts.identifier}</th><th scope="col">${texts.reason}</th></tr></thead>
              <tbody>${lines.map(
                (denial) => html`<tr data-line=${denial.line} data-reason=${denial.reason}>
                  <th scope="row">${denial.line}</th><td>${denial.identifier ?? texts.erasedIdentifier}</td>
                  <td>${texts.reasons[denial.reason] ?? denial.reason}</td></tr>`,
              )}</tbody>
            </table></div>
            ${denials.pageInfo.hasNextPage ? html`<p class="muted">${texts.moreDenials(lines.length)}</p>` : nothing}`
    }
  </div>`;
}
