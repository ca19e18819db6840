import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { emit } from '../../events/px-events.js';
import {
  OfficeAnswerPreviewDocument,
  OfficeErasurePreviewDocument,
  type OfficeErasurePreviewQuery,
  OfficeRequestDetailDocument,
  type OfficeStep,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeControls, officeDetails } from '../../office/office-styles.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { answeringSteps, noteRequiredFor, type OfficeRequestValue, type StepInput, takeStep } from './office-steps.js';
import { officeRequestStyles } from './px-office-request.styles.js';

interface Loaded {
  request: OfficeRequestValue | null;
  erasure: OfficeErasurePreviewQuery['erasurePreview'] | null;
}

/**
 * @tag px-office-request
 * @summary One data-subject request as the office works it: its history, every step allowed now as a button with its note box (assign, confirm identity, ask for and record information, extend, decide an objection, carry out an erasure with a preview of what is erased and kept, complete, reject), the answer the person will see previewed, and a link to the person's record (`px-subject-record`) through their pseudonymous id (also after an erasure).
 *
 * @fires px-office-step - A step was taken; `detail` has the request's id, the step and the status it left the request in.
 * @fires px-office-open-subject - The officer asked for the record of the request's person (`px-subject-record`); `detail` has its pseudonymous id, which still opens it after an erasure.
 *
 * @csspart base - The wrapper of everything.
 * @csspart history - The list of the request's steps.
 * @csspart step - Each form of an allowed step.
 * @csspart preview - The answer the person will see.
 * @csspart proof - The link to the person's record, with the proof of their choices.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and buttons.
 * @cssproperty --px-color-border - The lines around each step.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxOfficeRequest extends OfficeElement {
  static override properties = {
    ...OfficeElement.properties,
    requestId: { type: String, attribute: 'request-id' },
    previews: { state: true },
  };
  static override styles = [tokens, controls, officeControls, officeDetails, officeRequestStyles];

  /** The request to show, such as the `requestId` of a queue's `px-office-open`. */
  declare requestId: string;
  /** @internal The answer each closing step would give, as the gateway words it. */
  declare private previews: Partial<Record<OfficeStep, string | null>>;
  #previewRuns = 0;

  readonly request = new QueryController<Loaded>(this, {
    load: async ({ client, signal }) => {
      if (!this.requestId) return { request: null, erasure: null };
      const { dataSubjectRequest } = await client.request(OfficeRequestDetailDocument, { id: this.requestId }, signal);
      const erasure = dataSubjectRequest.allowedSteps.includes('CARRY_OUT_ERASURE')
        ? (await client.request(OfficeErasurePreviewDocument, {}, signal)).erasurePreview
        : null;
      return { request: dataSubjectRequest, erasure };
    },
    perLanguage: false,
    explain: (error) => this.explainOffice(error),
    shown: (loaded) => {
      if (loaded.erasure) void this.#preview('CARRY_OUT_ERASURE', { note: '', upheld: false, purpose: '' });
    },
  });

  constructor() {
    super();
    this.requestId = '';
    this.previews = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requestId') && changed.get('requestId') !== undefined) {
      this.previews = {};
      void this.request.reload();
    }
  }

  override render(): TemplateResult {
    return html`<div part="base">
      ${this.renderLiveRegion()}
      ${renderQuery(
        this.request,
        this.texts,
        ({ request, erasure }) =>
          request
            ? this.#renderRequest(request, erasure)
            : html`<p class="muted">${this.officeTexts.request.choose}</p>`,
        html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`,
      )}
    </div>`;
  }

  #renderRequest(request: OfficeRequestValue, erasure: Loaded['erasure']): TemplateResult {
    const texts = this.officeTexts;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' });
    const name = request.subjectName ?? texts.queue.erased;
    const details = Object.entries(request.details);
    return html`<h2 data-request=${request.id} data-status=${request.status}>
        ${texts.request.title(texts.types[request.type], name)}</h2>
      <dl>
        <dt>${texts.queue.status}</dt><dd data-testid="status">${texts.statuses[request.status]}</dd>
        <dt>${texts.request.subject}</dt><dd><code data-testid="subject-id">${request.subjectId}</code></dd>
        <dt>${texts.request.filedThrough}</dt><dd>${request.filedThrough}</dd>
        <dt>${texts.request.received}</dt><dd>${moment.format(new Date(request.receivedAt))}</dd>
        <dt>${texts.request.due}</dt>
        <dd>${request.dueAt ? moment.format(new Date(request.dueAt)) : texts.queue.noDeadline}${request.extended ? ` (${texts.request.extended})` : ''}
          ${request.overdue ? html`<strong>${texts.queue.overdueFlag}</strong>` : nothing}</dd>
        <dt>${texts.request.assignee}</dt><dd data-testid="assignee">${request.assigneeName ?? texts.queue.unassigned}</dd>
        ${details.length > 0 ? html`<dt>${texts.request.asked}</dt><dd>${details.map(([key, value]) => html`<p><strong>${key}</strong>: ${String(value)}</p>`)}</dd>` : nothing}
        ${request.outcome ? html`<dt>${texts.request.outcome}</dt><dd data-testid="outcome">${request.outcome}</dd>` : nothing}
      </dl>
      <h3>${texts.request.history}</h3>
      <ol part="history" data-testid="history">
        ${request.history.map(
          (
            step,
          ) => html`<li data-step=${step.step}><time datetime=${step.at}>${moment.format(new Date(step.at))}</time>:
            ${texts.request.historySteps[step.step] ?? step.step}${step.note ? html` — <q>${step.note}</q>` : nothing}</li>`,
        )}
      </ol>
      <h3>${texts.request.steps}</h3>
      ${
        request.allowedSteps.length === 0
          ? html`<p class="muted">${texts.request.noSteps}</p>`
          : request.allowedSteps.map((step) => this.#renderStep(request, step, erasure))
      }
      <section part="proof" aria-labelledby="proof-title">
        <h3 id="proof-title">${texts.request.proof}</h3>
        <button class="action" type="button" data-testid="open-record"
          @click=${() => emit(this, 'px-office-open-subject', { subjectId: request.subjectId })}>${texts.request.proofLink}</button>
      </section>`;
  }

  #renderStep(request: OfficeRequestValue, step: OfficeStep, erasure: Loaded['erasure']): TemplateResult {
    const texts = this.officeTexts.request;
    const id = `step-${step.toLowerCase()}`;
    const required = noteRequiredFor.has(step);
    const preview = this.previews[step];
    return html`<form part="step" class="step" data-step=${step} aria-labelledby="${id}-title"
        @submit=${(event: SubmitEvent) => void this.#take(event, request, step)}
        @input=${(event: Event) => answeringSteps.has(step) && void this.#preview(step, inputOf(event.currentTarget as HTMLFormElement))}>
      <h4 id="${id}-title">${texts.stepNames[step]}</h4>
      ${
        step === 'DECIDE_OBJECTION'
          ? html`<div class="inline">
              <input type="radio" id="${id}-upheld" name="upheld" value="true" checked />
              <label for="${id}-upheld">${texts.upheld}</label>
              <input type="radio" id="${id}-not" name="upheld" value="false" />
              <label for="${id}-not">${texts.notUpheld}</label>
            </div>
            ${request.type === 'OBJECTION' ? html`<label for="${id}-purpose">${texts.purpose}</label><input id="${id}-purpose" name="purpose" />` : nothing}`
          : nothing
      }
      ${
        step === 'CARRY_OUT_ERASURE' && erasure
          ? html`<div class="erasure" data-testid="erasure-preview">
              <h5>${texts.erasedList}</h5><ul>${erasure.erased.map((what) => html`<li>${what}</li>`)}</ul>
              <h5>${texts.keptList}</h5><ul>${erasure.kept.map((kept) => html`<li>${kept.what}: ${kept.reason}</li>`)}</ul>
            </div>`
          : html`<label for="${id}-note">${required ? texts.noteRequired : texts.note}</label>
            <textarea id="${id}-note" name="note" maxlength="4000" ?required=${required}></textarea>`
      }
      ${
        answeringSteps.has(step)
          ? html`<div part="preview" class="preview"><span id="${id}-preview">${texts.answerPreview}</span>
              <output aria-labelledby="${id}-preview" data-testid="preview">${preview ?? '—'}</output></div>`
          : nothing
      }
      <button class="action" type="submit" ?disabled=${this.busy}>${texts.stepNames[step]}</button>
    </form>`;
  }

  async #preview(step: OfficeStep, input: StepInput): Promise<void> {
    const run = ++this.#previewRuns;
    try {
      const answer = await new GraphQLClient(this.gatewayUrl, this.session.token).request(OfficeAnswerPreviewDocument, {
        step,
        note: input.note,
        upheld: input.upheld,
      });
      // A slower answer for an earlier keystroke does not replace a newer one.
      if (run === this.#previewRuns) this.previews = { ...this.previews, [step]: answer.officeAnswerPreview };
    } catch {
      // The preview is a help: the step itself reports any refusal.
    }
  }

  #take(event: SubmitEvent, request: OfficeRequestValue, step: OfficeStep): Promise<void> {
    event.preventDefault();
    const input = inputOf(event.currentTarget as HTMLFormElement);
    return this.act(async (client) => {
      const updated = await takeStep(client, request.id, step, input);
      this.previews = {};
      const erasure = this.request.value?.erasure ?? null;
      this.request.set({ request: updated, erasure });
      // A step that makes the erasure possible (identity confirmed, information in) needs its preview.
      if (updated.allowedSteps.includes('CARRY_OUT_ERASURE') && !erasure) void this.request.reload();
      this.announce(this.officeTexts.request.done(this.officeTexts.request.stepNames[step]));
      emit(this, 'px-office-step', { requestId: updated.id, step, status: updated.status });
    });
  }
}

function inputOf(form: HTMLFormElement): StepInput {
  const data = new FormData(form);
  return {
    note: String(data.get('note') ?? '').trim(),
    upheld: data.get('upheld') !== 'false',
    purpose: String(data.get('purpose') ?? '').trim(),
  };
}

defineElement('px-office-request', PxOfficeRequest);
