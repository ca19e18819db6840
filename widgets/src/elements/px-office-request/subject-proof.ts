import { html, nothing, type TemplateResult } from 'lit';
import { OfficeSubjectProofDocument, type OfficeSubjectProofQuery } from '../../graphql/generated.js';
import type { OfficeElement } from '../../office/office-element.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';

/**
 * The proof of a request's person, read only when the officer opens it (each read is a logged
 * staff read): their changes of choices and where each system stands with them. It goes through
 * the pseudonymous id alone, so it opens as well after an erasure.
 */
export class SubjectProof {
  #opened = false;
  readonly query: QueryController<OfficeSubjectProofQuery | null>;

  constructor(
    host: OfficeElement,
    private readonly subjectIdOf: () => string | null,
  ) {
    this.query = new QueryController(host, {
      load: async ({ client, signal }) => {
        const subjectId = this.subjectIdOf();
        if (!this.#opened || !subjectId) return null;
        return client.request(OfficeSubjectProofDocument, { subjectId }, signal);
      },
      perLanguage: false,
      explain: (error) => host.explainOffice(error),
    });
  }

  open(): Promise<void> {
    this.#opened = true;
    return this.query.reload();
  }

  /** Another request: its person's proof is opened anew. */
  clear(): void {
    this.#opened = false;
    this.query.set(null);
  }
}

export function subjectProofQuery(host: OfficeElement, subjectIdOf: () => string | null): SubjectProof {
  return new SubjectProof(host, subjectIdOf);
}

export function renderSubjectProof(host: OfficeElement, proof: SubjectProof): TemplateResult {
  const texts = host.officeTexts.request;
  const moment = new Intl.DateTimeFormat(host.language, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<section part="proof" aria-labelledby="proof-title">
    <h3 id="proof-title">${texts.proof}</h3>
    ${renderQuery(proof.query, host.texts, (value) =>
      value
        ? html`<h4>${texts.changes}</h4>
            ${
              value.preferenceHistory.edges.length === 0
                ? html`<p class="muted">${texts.noChanges}</p>`
                : html`<ul data-testid="proof-changes">${value.preferenceHistory.edges.map(
                    ({
                      node,
                    }) => html`<li data-event=${node.id}><time datetime=${node.occurredAt}>${moment.format(new Date(node.occurredAt))}</time>:
                      <code>${node.purpose}</code>${node.channel ? ` (${node.channel})` : nothing} ${node.decision} — ${node.actorKind}</li>`,
                  )}</ul>`
            }
            <h4>${texts.systems}</h4>
            <ul data-testid="proof-systems">${value.propagationStatus.map(
              (system) =>
                html`<li>${texts.systemLine(system.systemName, system.acknowledged, system.pending, system.failed)}</li>`,
            )}</ul>`
        : html`<button class="action" type="button" data-testid="open-proof" @click=${() => void proof.open()}>${texts.proofLink}</button>`,
    )}
  </section>`;
}
