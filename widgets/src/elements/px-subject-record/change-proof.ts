import { html, nothing, type TemplateResult } from 'lit';
import type { OfficeChangeProofQuery } from '../../graphql/generated.js';
import type { OfficeDictionary } from '../../office/i18n/office-dictionary.js';

export type ChangeProof = OfficeChangeProofQuery['propagationProof'];

/** Which systems received one change and when, with every attempt (GDPR Art. 19). */
export function renderChangeProof(
  proof: ChangeProof,
  texts: OfficeDictionary['record'],
  moment: Intl.DateTimeFormat,
): TemplateResult {
  if (proof.length === 0) return html`<p class="muted">${texts.noDeliveries}</p>`;
  const at = (label: string, value: string | null | undefined) =>
    value ? html` · ${label} <time datetime=${value}>${moment.format(new Date(value))}</time>` : nothing;
  return html`<ul class="deliveries" data-testid="deliveries">${proof.map(
    (delivery) => html`<li data-system=${delivery.systemKey}>
      <strong>${delivery.systemName}</strong>: ${texts.attempts(delivery.attempts)}${at(texts.deliveredAt, delivery.deliveredAt)}${at(texts.acknowledgedAt, delivery.acknowledgedAt)}${at(texts.failedAt, delivery.failedAt)}${at(texts.nextAttemptAt, delivery.nextAttemptAt)}
      ${
        delivery.history.length > 0
          ? html`<ol class="attempts">${delivery.history.map(
              (attempt) => html`<li data-outcome=${attempt.outcome}>
                <time datetime=${attempt.attemptedAt}>${moment.format(new Date(attempt.attemptedAt))}</time>:
                ${texts.outcomes[attempt.outcome] ?? attempt.outcome}${attempt.statusCode === null ? '' : ` (HTTP ${attempt.statusCode})`}, ${attempt.latencyMs} ms${attempt.error ? html` — <q>${attempt.error}</q>` : nothing}
              </li>`,
            )}</ol>`
          : nothing
      }
    </li>`,
  )}</ul>`;
}
