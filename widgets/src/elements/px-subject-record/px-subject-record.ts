import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { OfficeChangeProofDocument, type OfficeChoiceFragment } from '../../graphql/generated.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeDetails, officeTables } from '../../office/office-styles.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { downloadReceipt, fetchReceipt } from '../px-privacy-center/receipt.js';
import { type ChangeProof, renderChangeProof } from './change-proof.js';
import { subjectRecordStyles } from './px-subject-record.styles.js';
import { loadSubjectRecord, type SubjectRecord } from './subject-record-query.js';

type Change = SubjectRecord['preferenceHistory']['edges'][number]['node'];

/**
 * @tag px-subject-record
 * @summary For the data protection office: one person, line or contact by its pseudonymous id: current choices, the history of changes with a receipt of each and the proof of its delivery (which systems, when, every attempt), where each system stands, the ledger's verification against the signed checkpoint, and the staff reads of the subject. An erased subject still opens: its ledger and proof remain. Every read it causes is in the staff-read log.
 *
 * @csspart base - The wrapper of everything.
 * @csspart choices - The table of the subject's current choices (one per line).
 * @csspart changes - The list of changes of choices.
 * @csspart proof - The proof of delivery of one change.
 * @csspart ledger - The result of the ledger's verification.
 * @csspart reads - The list of staff reads of the subject.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and buttons.
 * @cssproperty --px-color-border - Table lines.
 * @cssproperty --px-color-danger - A ledger that does not verify.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxSubjectRecord extends OfficeElement {
  static override properties = {
    ...OfficeElement.properties,
    subjectId: { type: String, attribute: 'subject-id' },
    proofs: { state: true },
  };
  static override styles = [tokens, controls, officeDetails, officeTables, subjectRecordStyles];

  /** The pseudonymous id of the person, line or contact, such as a request's `subjectId`. */
  declare subjectId: string;
  /** @internal The proofs of delivery opened so far, by event id; each opening is a logged read. */
  declare private proofs: ReadonlyMap<string, ChangeProof>;

  readonly record = new QueryController<SubjectRecord | null>(this, {
    load: (context) => (this.subjectId ? loadSubjectRecord(context, this.subjectId) : Promise.resolve(null)),
    explain: (error) => this.explainOffice(error),
  });

  constructor() {
    super();
    this.subjectId = '';
    this.proofs = new Map();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('subjectId') && changed.get('subjectId') !== undefined) {
      this.proofs = new Map();
      void this.record.reload();
    }
  }

  override render(): TemplateResult {
    return html`<div part="base">
      ${this.renderLiveRegion()}
      ${renderQuery(
        this.record,
        this.texts,
        (record) =>
          record ? this.#renderRecord(record) : html`<p class="muted">${this.officeTexts.record.choose}</p>`,
        html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`,
      )}
    </div>`;
  }

  #renderRecord(record: SubjectRecord): TemplateResult {
    const texts = this.officeTexts.record;
    const subject = record.privacySubject;
    return html`<h2 data-subject=${subject.id} ?data-erased=${subject.erased}>${texts.title(subject.label)}</h2>
      <dl>
        <dt>${texts.subject}</dt><dd><code data-testid="subject-id">${subject.id}</code></dd>
        <dt>${texts.kind}</dt><dd>${texts.kinds[subject.kind] ?? subject.kind}</dd>
      </dl>
      ${subject.erased ? html`<p data-testid="erased">${texts.erased}</p>` : nothing}
      ${record.choices ? this.#renderChoices(record.choices) : nothing}
      ${this.#renderChanges(record)}
      <h3>${texts.systems}</h3>
      <ul data-testid="systems">${record.propagationStatus.map(
        (system) =>
          html`<li data-system=${system.systemKey}>${texts.systemLine(system.systemName, system.acknowledged, system.pending, system.failed)}</li>`,
      )}</ul>
      ${this.#renderLedger(record.verifyLedger)}
      ${this.#renderReads(record.reads)}`;
  }

  #renderChoices(choices: NonNullable<SubjectRecord['choices']>): TemplateResult {
    const texts = this.officeTexts.record;
    const table = (id: string, caption: string, states: OfficeChoiceFragment[]) =>
      html`<div class="scroll"><table part="choices" data-testid="choices" data-subject=${id}>
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${texts.purpose}</th><th scope="col">${texts.state}</th>
          <th scope="col">${texts.why}</th><th scope="col">${texts.decided}</th></tr></thead>
        <tbody>${states.map((state) => this.#renderChoice(state))}</tbody>
      </table></div>`;
    return html`<h3>${texts.choices}</h3>
      ${table('', texts.choices, choices.purposes)}
      ${choices.lines.map((line) =>
        table(line.id, texts.line(line.line.kind.toLowerCase(), line.line.phoneNumber ?? ''), line.purposes),
      )}`;
  }

  #renderChoice(state: OfficeChoiceFragment): TemplateResult {
    const texts = this.officeTexts.record;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<tr data-purpose=${state.purpose.key} data-allowed=${String(state.allowed)}>
      <th scope="row">${state.purpose.title} <code>${state.purpose.key}</code></th>
      <td>${state.allowed ? texts.allowed : texts.notAllowed}${
        state.channels.length > 0
          ? html`<ul>${state.channels.map((channel) => html`<li>${channel.label}: ${channel.allowed ? texts.allowed : texts.notAllowed}</li>`)}</ul>`
          : nothing
      }</td>
      <td>${texts.reasons[state.reason] ?? state.reason}</td>
      <td>${state.decidedAt ? moment.format(new Date(state.decidedAt)) : '—'}</td>
    </tr>`;
  }

  #renderChanges(record: SubjectRecord): TemplateResult {
    const texts = this.officeTexts.record;
    const changes = record.preferenceHistory.edges.map((edge) => edge.node);
    return html`<h3>${texts.changes}</h3>
      ${
        changes.length === 0
          ? html`<p class="muted">${texts.noChanges}</p>`
          : html`<ol part="changes" class="changes" data-testid="changes">${changes.map((change) => this.#renderChange(change))}</ol>
            ${record.preferenceHistory.pageInfo.hasNextPage ? html`<p class="muted">${texts.newestOnly(changes.length)}</p>` : nothing}`
      }`;
  }

  #renderChange(change: Change): TemplateResult {
    const texts = this.officeTexts.record;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'medium' });
    const proof = this.proofs.get(change.id);
    const id = `change-${change.id}`;
    return html`<li data-event=${change.id} data-purpose=${change.purpose}>
      <span id=${id}>${texts.change(change.sequence)}, <time datetime=${change.occurredAt}>${moment.format(new Date(change.occurredAt))}</time>:
        <code>${change.purpose}</code>${change.channel ? ` (${change.channel})` : nothing}
        ${this.texts.history.decisions[change.decision]} ${this.texts.history.actedBy[change.actedBy]}${
          change.textVersion
            ? html` <span class="muted">(${this.texts.choice.textVersion(change.textVersion)})</span>`
            : nothing
        }</span>
      <button class="link" type="button" data-testid="open-delivery" aria-expanded=${String(Boolean(proof))}
        ?disabled=${this.busy} @click=${() => void this.#toggleProof(change.id)}>${texts.proofOf(change.sequence)}</button>
      <button class="link" type="button" data-testid="receipt" ?disabled=${this.busy}
        @click=${() => void this.#saveReceipt(change.id)}>${texts.receiptOf(change.sequence)}</button>
      ${proof ? html`<div part="proof" aria-labelledby=${id}>${renderChangeProof(proof, texts, moment)}</div>` : nothing}
    </li>`;
  }

  #renderLedger(verification: SubjectRecord['verifyLedger']): TemplateResult {
    const texts = this.officeTexts.record;
    const chain =
      verification.problem === null
        ? texts.chainValid(verification.eventsChecked)
        : texts.chainInvalid(verification.firstInvalidSequence ?? 0, verification.problem);
    const checkpoint =
      verification.checkpointProblem !== null
        ? texts.checkpointInvalid(verification.checkpointProblem)
        : verification.checkpointNumber !== null && verification.checkpointedSequence !== null
          ? texts.checkpointValid(verification.checkpointNumber, verification.checkpointedSequence)
          : texts.noCheckpoint;
    return html`<h3>${texts.ledger}</h3>
      <div part="ledger" class="ledger ${verification.valid ? '' : 'broken'}" data-testid="ledger" data-valid=${String(verification.valid)}>
        <p>${chain}</p><p>${checkpoint}</p>
      </div>`;
  }

  #renderReads(reads: SubjectRecord['reads']): TemplateResult {
    const texts = this.officeTexts.record;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'medium' });
    const items = reads.edges.map((edge) => edge.node);
    return html`<h3>${texts.reads}</h3>
      ${
        items.length === 0
          ? html`<p class="muted">${texts.noReads}</p>`
          : html`<ul part="reads" class="reads" data-testid="reads">${items.map(
              (
                read,
              ) => html`<li data-what=${read.what}><time datetime=${read.readAt}>${moment.format(new Date(read.readAt))}</time>:
                ${read.staffName}, <code>${read.what}</code></li>`,
            )}</ul>
            ${reads.pageInfo.hasNextPage ? html`<p class="muted">${texts.newestReads(items.length)}</p>` : nothing}`
      }`;
  }

  #toggleProof(eventId: string): Promise<void> {
    if (this.proofs.has(eventId)) {
      const proofs = new Map(this.proofs);
      proofs.delete(eventId);
      this.proofs = proofs;
      return Promise.resolve();
    }
    return this.act(async (client) => {
      const { propagationProof } = await client.request(OfficeChangeProofDocument, { eventId });
      this.proofs = new Map(this.proofs).set(eventId, propagationProof);
    });
  }

  #saveReceipt(eventId: string): Promise<void> {
    return this.act(async (client) => {
      downloadReceipt(await fetchReceipt(client, eventId), eventId);
      this.announce(this.officeTexts.record.receiptSaved);
    });
  }
}

defineElement('px-subject-record', PxSubjectRecord);
