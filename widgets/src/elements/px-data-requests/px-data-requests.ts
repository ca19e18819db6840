import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { emit } from '../../events/px-events.js';
import type { DataRequestFragment, RequestType } from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import { PxElement } from '../../px-element.js';
import { renderQuery } from '../../query/render-query.js';
import { downloadExport } from '../../rights/download-export.js';
import { fieldsOf, fileRequest, requestFormOf, requestTypes } from '../../rights/file-request.js';
import { explainRequestError } from '../../rights/request-errors.js';
import { requestsQuery, showOlderRequests, withFiled } from '../../rights/requests-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { dataRequestsStyles } from './px-data-requests.styles.js';

/** The gateway counts deadlines in the Brussels calendar: shown the same way wherever the person is. */
const deadlineZone = 'Europe/Brussels';

/**
 * @tag px-data-requests
 * @summary The person's rights: file a request (access, export, rectification, erasure, objection, review of an automatic decision), follow its status and deadline, download an export when it is ready.
 *
 * @fires px-request-filed - The gateway accepted a request the person filed; `detail` has its id, type, status and deadline. Not cancelable: it is already filed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The form to file a request.
 * @csspart request - Each of the person's requests in the list.
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
  };
  static override styles = [tokens, controls, dataRequestsStyles];

  /** @internal */
  declare private type: RequestType;
  /** @internal */
  declare private busy: boolean;
  /** @internal The request whose export is being downloaded. */
  declare private downloading: string;
  readonly requests = requestsQuery(this, (request) =>
    this.announce(this.texts.requests.archive.ready(this.#date(request.exportArchive?.expiresAt ?? null))),
  );

  constructor() {
    super();
    this.type = 'ACCESS';
    this.busy = false;
    this.downloading = '';
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
    return html`${this.#renderForm()}
      <h3 id="mine-title">${texts.mine}</h3>
      ${renderQuery(this.requests, this.texts, ({ requests, olderAfter }) =>
        requests.length === 0
          ? html`<p class="muted">${texts.none}</p>`
          : html`<ol class="requests" data-testid="requests">${requests.map((request) => this.#renderRequest(request))}</ol>
            ${olderAfter ? html`<button type="button" class="secondary" data-testid="older" @click=${() => void showOlderRequests(this.requests)}>${this.texts.rightsAnswers.older}</button>` : nothing}`,
      )}`;
  }

  #renderForm(): TemplateResult {
    const texts = this.texts.requests;
    const field = (name: (typeof fieldsOf)[RequestType][number]) =>
      html`<label for=${name}>${texts[name]}</label>
        <textarea id=${name} name=${name} required maxlength=${name === 'processing' ? 200 : 2000}></textarea>`;
    return html`<form part="form" @submit=${this.#file}>
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

  #renderRequest(request: DataRequestFragment): TemplateResult {
    const texts = this.texts.requests;
    const steps = texts.steps as Record<string, string>;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<li part="request" data-request=${request.id} data-type=${request.type} data-status=${request.status}>
      <p><strong>${texts.types[request.type].title}</strong>: <span data-testid="status">${texts.statuses[request.status]}</span></p>
      <p class="muted">
        <time datetime=${request.receivedAt}>${texts.received(this.#date(request.receivedAt))}</time>.
        <span data-testid="deadline">${request.dueAt ? html`<time datetime=${request.dueAt}>${texts.due(this.#date(request.dueAt, deadlineZone))}</time>.` : texts.noDeadline}</span>
        ${request.extended ? html`<span data-testid="extended">${texts.extended}</span>` : nothing}
      </p>
      <ol class="steps">
        ${request.history.map(
          (step) =>
            html`<li data-step=${step.step}><time datetime=${step.at}>${moment.format(new Date(step.at))}</time>: ${steps[step.step] ?? step.step}</li>`,
        )}
      </ol>
      ${request.exportArchive ? this.#renderArchive(request.id, request.exportArchive) : nothing}
    </li>`;
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

  async #file(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const token = this.session.token;
    const texts = this.texts.requests;
    this.busy = true;
    try {
      const request = await fileRequest(
        new GraphQLClient(this.gatewayUrl, token),
        requestFormOf(this.type, new FormData(form)),
      );
      form.reset();
      this.requests.set(withFiled(this.requests.value, request));
      this.announce(
        texts.filed(texts.types[request.type].title, request.dueAt ? this.#date(request.dueAt, deadlineZone) : null),
      );
      emit(this, 'px-request-filed', {
        requestId: request.id,
        type: request.type,
        status: request.status,
        dueAt: request.dueAt,
        language: this.language,
      });
    } catch (error) {
      this.announce(texts.refused(explainRequestError(error, this.texts)), 'error');
      this.session.forgetIfEnded(error, token);
    } finally {
      this.busy = false;
    }
  }

  async #download(requestId: string, downloadPath: string): Promise<void> {
    const token = this.session.token;
    if (!token) return;
    const texts = this.texts.requests.archive;
    this.downloading = requestId;
    try {
      await downloadExport(this.gatewayUrl, downloadPath, token);
      this.announce(texts.downloaded);
    } catch (error) {
      this.announce(texts.downloadFailed(explainRequestError(error, this.texts)), 'error');
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
