import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { emit } from '../../events/px-events.js';
import {
  type DataRequestFragment,
  MyContactDetailsDocument,
  MyDataAccessOverviewDocument,
  PurposesDocument,
  type RequestType,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import { PxElement } from '../../px-element.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { renderAccessOverview } from '../../rights/access-overview-view.js';
import { changedDetails, renderContactDetailsForm, saveContactDetails } from '../../rights/contact-details.js';
import { downloadExport } from '../../rights/download-export.js';
import { renderErasureConfirmation } from '../../rights/erasure-confirmation-view.js';
import { fieldsOf, fileRequest, otherProcessing, requestFormOf, requestTypes } from '../../rights/file-request.js';
import {
  answeredSinceAsked,
  questionOf,
  replyFileProblem,
  replyFileTypes,
  sendReply,
} from '../../rights/information-reply.js';
import { explainRequestError } from '../../rights/request-errors.js';
import { requestsQuery, showOlderRequests, withFiled } from '../../rights/requests-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { dataRequestsStyles } from './px-data-requests.styles.js';

/** The gateway counts deadlines in the Brussels calendar: shown the same way wherever the person is. */
const deadlineZone = 'Europe/Brussels';

/** A status message as a function of the texts: said again in the new language after a switch. */
type Message = (texts: Dictionary) => string;

/**
 * @tag px-data-requests
 * @summary The person's rights: file a request (access, export, rectification, erasure, objection, review of an automatic decision), follow its status and deadline, read the office's answer (the access overview, the export download, the reasons), answer the office's questions with a file, correct their name and language.
 *
 * @fires px-request-filed - The gateway accepted a request the person filed; `detail` has its id, type, status and deadline. Not cancelable: it is already filed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The form to file a request.
 * @csspart erasure-confirmation - What an erasure erases and keeps, before it is sent.
 * @csspart contact-form - The form to correct one's name and language.
 * @csspart request - Each of the person's requests in the list.
 * @csspart answer - The office's answer or reason on a request.
 * @csspart reply-form - The form to answer the office's question.
 * @csspart progress - The progress bar of an export being built.
 * @csspart download - The button that downloads a ready export.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings, buttons, the progress bar.
 * @cssproperty --px-color-border - The lines between requests.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxDataRequests extends PxElement {
  static override properties = {
    ...PxElement.properties,
    type: { state: true },
    busy: { state: true },
    downloading: { state: true },
    confirmingErasure: { state: true },
    objectionOther: { state: true },
    overviewOf: { state: true },
    overview: { state: true },
  };
  static override styles = [tokens, controls, dataRequestsStyles];

  /** @internal */
  declare private type: RequestType;
  /** @internal */
  declare private busy: boolean;
  /** @internal The request whose export is being downloaded. */
  declare private downloading: string;
  /** @internal The erasure's confirmation step is shown. */
  declare private confirmingErasure: boolean;
  /** @internal The objection is to a processing not in the list. */
  declare private objectionOther: boolean;
  /** @internal The answered access request whose overview is open. */
  declare private overviewOf: string;
  /** @internal */
  declare private overview: unknown;

  readonly requests = requestsQuery(this, (request) =>
    this.#say((texts) => texts.requests.archive.ready(this.#date(request.exportArchive?.expiresAt ?? null))),
  );
  /** The purposes one may object to: those on a legitimate interest, by their titles in the element's language. */
  readonly purposes = new QueryController(this, {
    load: async ({ client, signal, language }) =>
      (await client.request(PurposesDocument, { lang: language }, signal)).purposes,
  });
  readonly contactDetails = new QueryController(this, {
    load: async ({ client, signal }) => (await client.request(MyContactDetailsDocument, {}, signal)).me,
    perLanguage: false,
  });

  constructor() {
    super();
    this.type = 'ACCESS';
    this.busy = false;
    this.downloading = '';
    this.confirmingErasure = false;
    this.objectionOther = false;
    this.overviewOf = '';
    this.overview = undefined;
  }

  #say(say: Message, kind: 'status' | 'error' = 'status'): void {
    // A function of the dictionary: PxElement says it again in the new language after a switch.
    this.announce(say, kind);
  }

  override render(): TemplateResult {
    const texts = this.texts.requests;
    return html`<div part="base">
      <h2>${texts.title}</h2>
      <p>${texts.intro}</p>
      ${this.renderLiveRegion()}
      ${this.session.token ? this.#renderSignedIn() : html`<p class="muted">${texts.signIn}</p>`}
    </div>`;
  }

  #renderSignedIn(): TemplateResult {
    const texts = this.texts.requests;
    return html`${
      this.confirmingErasure
        ? renderErasureConfirmation(
            this.texts,
            this.busy,
            () => void this.#fileErasure(),
            () => this.#cancelErasure(),
          )
        : this.#renderForm()
    }
      ${this.type === 'RECTIFICATION' ? this.#renderContactDetails() : nothing}
      <h3 id="mine-title">${texts.mine}</h3>
      ${renderQuery(this.requests, this.texts, ({ requests, olderAfter }) =>
        requests.length === 0
          ? html`<p class="muted">${texts.none}</p>`
          : html`<ol class="requests" data-testid="requests">${requests.map((request) => this.#renderRequest(request))}</ol>
            ${olderAfter ? html`<button type="button" class="link" data-testid="older" @click=${() => void showOlderRequests(this.requests)}>${this.texts.rightsAnswers.older}</button>` : nothing}`,
      )}`;
  }

  #renderForm(): TemplateResult {
    const texts = this.texts.requests;
    const field = (name: (typeof fieldsOf)[RequestType][number]) =>
      name === 'processing'
        ? this.#renderObjectionPurpose()
        : html`<label for=${name}>${texts[name]}</label>
        <textarea id=${name} name=${name} required maxlength="2000"></textarea>`;
    return html`<form part="form" @submit=${this.#submit}>
      <fieldset>
        <legend>${texts.choose}</legend>
        ${requestTypes.map(
          (type) => html`<div class="option">
            <input type="radio" id="type-${type}" name="type" value=${type} ?checked=${this.type === type}
              aria-describedby="type-${type}-description" @change=${() => {
                this.type = type;
              }} />
            <label for="type-${type}">${texts.types[type].title}</label>
            <p id="type-${type}-description" class="muted">${texts.types[type].description}</p>
          </div>`,
        )}
      </fieldset>
      ${fieldsOf[this.type].map(field)}
      <button class="action" type="submit" ?disabled=${this.busy}>${texts.submit}</button>
    </form>`;
  }

  #renderObjectionPurpose(): TemplateResult {
    const words = this.texts.rightsAnswers;
    const objectable = (this.purposes.value ?? []).filter((purpose) => purpose.legalBasis === 'LEGITIMATE_INTEREST');
    return html`<label for="processing">${words.objectionPurpose}</label>
      <select id="processing" name="processing" required @change=${(event: Event) => {
        this.objectionOther = (event.target as HTMLSelectElement).value === otherProcessing;
      }}>
        ${objectable.map((purpose) => html`<option value=${purpose.key}>${purpose.title}</option>`)}
        <option value=${otherProcessing} ?selected=${objectable.length === 0}>${words.otherProcessing}</option>
      </select>
      ${
        this.objectionOther || objectable.length === 0
          ? html`<label for="processingOther">${words.otherProcessingText}</label>
          <textarea id="processingOther" name="processingOther" required maxlength="200"></textarea>`
          : nothing
      }`;
  }

  #renderContactDetails(): TemplateResult | typeof nothing {
    const details = this.contactDetails.value;
    return details
      ? renderContactDetailsForm(this.texts, details, this.busy, (event) => void this.#saveContactDetails(event))
      : nothing;
  }

  #renderRequest(request: DataRequestFragment): TemplateResult {
    const texts = this.texts.requests;
    const words = this.texts.rightsAnswers;
    const steps = { ...texts.steps, 'information-replied': words.replied } as Record<string, string>;
    const noted = words.noted as Record<string, string>;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' });
    const exportReady = request.status === 'IN_PROGRESS' && request.exportArchive?.status === 'ready';
    return html`<li part="request" data-request=${request.id} data-type=${request.type} data-status=${request.status}>
      <p><strong>${texts.types[request.type].title}</strong>: <span data-testid="status">${exportReady ? words.exportReady : texts.statuses[request.status]}</span></p>
      <p class="muted">
        <time datetime=${request.receivedAt}>${texts.received(this.#date(request.receivedAt))}</time>.
        <span data-testid="deadline">${request.dueAt ? html`<time datetime=${request.dueAt}>${texts.due(this.#date(request.dueAt, deadlineZone))}</time>.` : texts.noDeadline}</span>
        ${request.extended ? html`<span data-testid="extended">${texts.extended}</span>` : nothing}
      </p>
      ${request.outcome ? html`<p part="answer" data-testid="answer"><strong>${request.status === 'REJECTED' ? noted.rejected : words.answer}:</strong> ${request.outcome}</p>` : nothing}
      <ol class="steps">
        ${request.history.map(
          (step) =>
            html`<li data-step=${step.step}><time datetime=${step.at}>${moment.format(new Date(step.at))}</time>: ${steps[step.step] ?? step.step}${
              step.note && (step.step === 'information-requested' || step.step === 'extended')
                ? html` <span data-testid="note">(${noted[step.step]}: ${step.note})</span>`
                : nothing
            }</li>`,
        )}
      </ol>
      ${request.status === 'AWAITING_INFORMATION' ? this.#renderQuestion(request) : nothing}
      ${request.type === 'ACCESS' && request.status === 'COMPLETED' ? this.#renderOverviewToggle(request.id) : nothing}
      ${request.exportArchive ? this.#renderArchive(request.id, request.exportArchive) : nothing}
    </li>`;
  }

  #renderQuestion(request: DataRequestFragment): TemplateResult {
    const words = this.texts.rightsAnswers;
    const question = questionOf(request);
    const form = `reply-${request.id}`;
    return html`${question ? html`<p data-testid="question"><strong>${words.question}:</strong> ${question}</p>` : nothing}
      ${
        answeredSinceAsked(request)
          ? html`<p class="muted" data-testid="replied">${words.reply.sent}</p>`
          : html`<form part="reply-form" data-testid="reply-form" aria-labelledby="${form}-title"
            @submit=${(event: SubmitEvent) => void this.#reply(event, request.id)}>
            <h4 id="${form}-title">${words.reply.title}</h4>
            <label for="${form}-text">${words.reply.text}</label>
            <textarea id="${form}-text" name="text" required maxlength="4000"></textarea>
            <label for="${form}-file">${words.reply.file}</label>
            <input type="file" id="${form}-file" name="file" accept=${replyFileTypes.join(',')} aria-describedby="${form}-hint" />
            <p id="${form}-hint" class="muted">${words.reply.hint}</p>
            <button class="action" type="submit" ?disabled=${this.busy}>${words.reply.submit}</button>
          </form>`
      }`;
  }

  #renderOverviewToggle(requestId: string): TemplateResult {
    const words = this.texts.rightsAnswers.overview;
    const open = this.overviewOf === requestId;
    const titles = new Map((this.purposes.value ?? []).map((purpose) => [purpose.key, purpose.title]));
    return html`<button class="link" type="button" data-testid="show-overview" aria-expanded=${open ? 'true' : 'false'}
        @click=${() => void this.#toggleOverview(requestId)}>${open ? words.hide : words.show}</button>
      ${open && this.overview !== undefined ? renderAccessOverview(this.overview, this.texts, (key) => titles.get(key) ?? key) : nothing}`;
  }

  #renderArchive(requestId: string, archive: NonNullable<DataRequestFragment['exportArchive']>): TemplateResult {
    const texts = this.texts.requests.archive;
    if (archive.status === 'building') {
      const percent = Math.round(archive.progress * 100);
      return html`<label for="progress-${requestId}">${texts.building}: ${percent}%</label>
        <progress part="progress" id="progress-${requestId}" max="100" value=${percent}></progress>`;
    }
    if (archive.status === 'ready') {
      return html`<p>${texts.ready(this.#date(archive.expiresAt))}</p>
        <button class="action" type="button" part="download" data-download=${requestId}
          ?disabled=${this.downloading === requestId} @click=${() => void this.#download(requestId, archive.downloadPath)}>
          ${texts.download}
        </button>`;
    }
    return html`<p class="error">${texts.failed}</p>`;
  }

  #date(value: string | null, timeZone?: string): string {
    if (!value) return '';
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(
      new Date(value),
    );
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.type === 'ERASURE') {
      // Nothing goes before the person has read what is erased and what is kept.
      this.confirmingErasure = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#erasure-title')?.focus());
      return;
    }
    void this.#file(requestFormOf(this.type, new FormData(form)), () => form.reset());
  }

  async #fileErasure(): Promise<void> {
    await this.#file({ type: 'ERASURE' }, () => {
      this.confirmingErasure = false;
    });
  }

  #cancelErasure(): void {
    this.confirmingErasure = false;
    this.#say((texts) => texts.rightsAnswers.erasure.cancelled);
  }

  async #file(form: Parameters<typeof fileRequest>[1], done: () => void): Promise<void> {
    const token = this.session.token;
    this.busy = true;
    try {
      const request = await fileRequest(new GraphQLClient(this.gatewayUrl, token), form);
      done();
      this.objectionOther = false;
      this.requests.set(withFiled(this.requests.value, request));
      this.#say((texts) =>
        texts.requests.filed(
          texts.requests.types[request.type].title,
          request.dueAt ? this.#date(request.dueAt, deadlineZone) : null,
        ),
      );
      emit(this, 'px-request-filed', {
        requestId: request.id,
        type: request.type,
        status: request.status,
        dueAt: request.dueAt,
        language: this.language,
      });
    } catch (error) {
      this.#say((texts) => texts.requests.refused(explainRequestError(error, texts)), 'error');
      this.session.forgetIfEnded(error, token);
    } finally {
      this.busy = false;
    }
  }

  async #reply(event: SubmitEvent, requestId: string): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = new FormData(form);
    const file = values.get('file');
    const chosen = file instanceof File && file.size > 0 ? file : null;
    const problem = chosen ? replyFileProblem(chosen) : null;
    if (problem) {
      this.#say((texts) => texts.rightsAnswers.reply[problem], 'error');
      return;
    }
    const token = this.session.token;
    this.busy = true;
    try {
      const text = String(values.get('text') ?? '').trim();
      const request = await sendReply(new GraphQLClient(this.gatewayUrl, token), requestId, text, chosen);
      this.requests.set(withFiled(this.requests.value, request));
      this.#say((texts) => texts.rightsAnswers.reply.sent);
    } catch (error) {
      this.#say((texts) => texts.rightsAnswers.reply.refused(explainRequestError(error, texts)), 'error');
      this.session.forgetIfEnded(error, token);
    } finally {
      this.busy = false;
    }
  }

  async #toggleOverview(requestId: string): Promise<void> {
    if (this.overviewOf === requestId) {
      this.overviewOf = '';
      return;
    }
    const token = this.session.token;
    try {
      const answer = await new GraphQLClient(this.gatewayUrl, token).request(MyDataAccessOverviewDocument, {
        lang: this.language,
      });
      this.overview = answer.dataAccessOverview;
      this.overviewOf = requestId;
    } catch (error) {
      this.#say((texts) => texts.rightsAnswers.overview.failed(explainRequestError(error, texts)), 'error');
      this.session.forgetIfEnded(error, token);
    }
  }

  async #saveContactDetails(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const before = this.contactDetails.value;
    if (!before) return;
    const input = changedDetails(before, new FormData(event.currentTarget as HTMLFormElement));
    if (Object.keys(input).length === 0) return;
    const token = this.session.token;
    this.busy = true;
    try {
      this.contactDetails.set(await saveContactDetails(new GraphQLClient(this.gatewayUrl, token), input));
      this.#say((texts) => texts.rightsAnswers.contact.saved);
    } catch (error) {
      this.#say((texts) => texts.rightsAnswers.contact.refused(explainRequestError(error, texts)), 'error');
      this.session.forgetIfEnded(error, token);
    } finally {
      this.busy = false;
    }
  }

  async #download(requestId: string, downloadPath: string): Promise<void> {
    const token = this.session.token;
    if (!token) return;
    this.downloading = requestId;
    try {
      await downloadExport(this.gatewayUrl, downloadPath, token);
      this.#say((texts) => texts.requests.archive.downloaded);
    } catch (error) {
      this.#say((texts) => texts.requests.archive.downloadFailed(explainRequestError(error, texts)), 'error');
      this.session.forgetIfEnded(error, token);
    } finally {
      this.downloading = '';
    }
  }
}

defineElement('px-data-requests', PxDataRequests);

declare global {
  interface HTMLElementTagNameMap {
    'px-data-requests': PxDataRequests;
  }
}
