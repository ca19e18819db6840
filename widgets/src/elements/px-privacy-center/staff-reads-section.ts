import { html, nothing, type TemplateResult } from 'lit';
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import type { PagedQuery } from '../../query/paged-query.js';
import { renderQuery } from '../../query/render-query.js';
import type { StaffRead, StaffReads } from './staff-reads-query.js';

/** "Who of our staff read your data": which team, when, why, and about which line. */
export function renderStaffReads(
  reads: PagedQuery<StaffRead>,
  texts: Dictionary,
  language: Language,
  lineLabels: Map<string, string>,
): TemplateResult {
  const t = texts.staffReads;
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const item = (read: StaffRead) => {
    const line = lineLabels.get(read.subjectId);
    return html`<li data-read=${read.id} data-team=${read.team} data-reason=${read.reason}>
      <time datetime=${read.readAt}>${format.format(new Date(read.readAt))}</time>: ${t.teams[read.team]},
      ${t.reasons[read.reason]}${line ? html` <span class="muted">(${line})</span>` : nothing}
    </li>`;
  };
  return html`<section class="card" part="section" aria-labelledby="staff-reads-title">
    <h2 id="staff-reads-title">${t.title}</h2>
    <p>${t.intro}</p>
    ${renderQuery(reads.query, texts, (value: StaffReads) =>
      value.items.length === 0
        ? html`<p class="muted" data-testid="staff-reads-none">${t.none}</p>`
        : html`<ol class="history" data-testid="staff-reads">${value.items.map(item)}</ol>
            ${
              value.hasMore
                ? html`<button class="link" type="button" @click=${() => void reads.loadMore()}>${t.more}</button>`
                : nothing
            }`,
    )}
  </section>`;
}

/** The right to complain to the Data Protection Authority, with its contacts (privacy policy, "You can submit a complaint"). */
export function renderComplaint(texts: Dictionary): TemplateResult {
  const t = texts.complaint;
  return html`<section class="card" part="section" aria-labelledby="complaint-title" data-testid="complaint">
    <h2 id="complaint-title">${t.title}</h2>
    <p>${t.text}</p>
    <p>${t.first}</p>
    <address>
      <strong>${t.authority}</strong><br />
      ${t.address}<br />
      ${t.phone}: <a href="tel:+3222744800">+32 2 274 48 00</a><br />
      ${t.email}: <a href="mailto:contact@apd-gba.be">contact@apd-gba.be</a><br />
      ${t.website}: <a href=${t.websiteUrl} target="_blank" rel="noopener">${t.websiteUrl.replace('https://', '')}</a>
    </address>
  </section>`;
}
