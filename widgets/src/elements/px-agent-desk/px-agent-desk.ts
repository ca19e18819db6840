import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import {
  AgentCallerChoicesDocument,
  type AgentCallerChoicesQuery,
  AgentNonCustomerObjectionDocument,
  AgentRecordChoiceDocument,
  type ChoiceFragment,
  OfficeSubjectSearchDocument,
  type OfficeSubjectSearchQuery,
} from '../../graphql/generated.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeControls } from '../../office/office-styles.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { type AgentRequestType, agentRequestTypes, fileForCaller } from './agent-requests.js';
import { agentDeskStyles } from './px-agent-desk.styles.js';

type Match = OfficeSubjectSearchQuery['findPrivacySubjects'][number];
type CallerChoices = AgentCallerChoicesQuery['privacyPreferences'];
const marketingChannels = ['phone', 'sms', 'email', 'post'] as const;

/**
 * @tag px-agent-desk
 * @summary The customer-service agent's desk: find a caller by e-mail or number (logged), see and record their choices with the channel phone, file a request on their behalf (the office confirms their identity first), and record a non-customer's marketing objection.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The form that finds a caller.
 * @csspart choices - The caller's choices.
 * @csspart file - The form that files a request for the caller.
 * @csspart non-customer - The form of a non-customer's objection.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and buttons.
 * @cssproperty --px-color-border - The lines between choices.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxAgentDesk extends OfficeElement {
  static override properties = {
    ...OfficeElement.properties,
    found: { state: true },
    subjectId: { state: true },
    requestType: { state: true },
  };
  static override styles = [tokens, controls, officeControls, agentDeskStyles];

  /** @internal */
  declare private found: Match[] | undefined;
  /** @internal The caller opened. */
  declare private subjectId: string;
  /** @internal */
  declare private requestType: AgentRequestType;

  readonly choices = new QueryController<CallerChoices | null>(this, {
    load: async ({ client, signal, language }) =>
      this.subjectId
        ? (await client.request(AgentCallerChoicesDocument, { subjectId: this.subjectId, lang: language }, signal))
            .privacyPreferences
        : null,
    explain: (error) => this.explainOffice(error),
  });

  constructor() {
    super();
    this.found = undefined;
    this.subjectId = '';
    this.requestType = 'ACCESS';
  }

  override render(): TemplateResult {
    const texts = this.officeTexts.agent;
    return html`<div part="base">
      <h2>${texts.title}</h2>
      ${this.renderLiveRegion()}
      ${
        this.session.token
          ? html`${this.#renderSearch()}
            ${renderQuery(this.choices, this.texts, (choices) => (choices ? this.#renderCaller(choices) : html``))}
            ${this.#renderNonCustomer()}`
          : html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`
      }
    </div>`;
  }

  #renderSearch(): TemplateResult {
    const texts = this.officeTexts.agent;
    return html`<form part="search" @submit=${this.#search}>
        <h3>${texts.find}</h3>
        <label for="caller">${texts.caller}</label>
        <input id="caller" name="caller" required autocomplete="off" />
        <button class="action" type="submit" ?disabled=${this.busy}>${texts.search}</button>
      </form>
      ${
        this.found && this.found.length > 0
          ? html`<ul class="matches" data-testid="matches">${this.found.map(
              (match) => html`<li><span>${texts.kinds[match.kind] ?? match.kind}: ${match.label}</span>
                <button class="link" type="button" data-subject=${match.id} aria-label="${texts.open}: ${match.label}"
                  @click=${() => this.#open(match.id)}>${texts.open}</button></li>`,
            )}</ul>`
          : nothing
      }`;
  }

  #renderCaller(choices: CallerChoices): TemplateResult {
    const texts = this.officeTexts.agent;
    return html`<section part="choices" aria-labelledby="choices-title" data-subject=${choices.subjectId}>
        <h3 id="choices-title">${texts.choices}</h3>
        <ul class="choices">
          ${choices.purposes.flatMap((state) => this.#renderChoice(state, choices.subjectId))}
          ${choices.lines.flatMap((line) =>
            line.purposes.flatMap((state) =>
              this.#renderChoice(state, line.line.id, texts.line(line.line.kind, line.line.phoneNumber ?? '')),
            ),
          )}
        </ul>
      </section>
      ${choices.subjectKind === 'SUBSCRIPTION' ? nothing : this.#renderFileRequest(choices.subjectId)}`;
  }

  #renderChoice(state: ChoiceFragment, subjectId: string, context?: string): TemplateResult[] {
    if (!state.purpose.switchable) return [];
    const texts = this.officeTexts.agent;
    const title = context ? `${state.purpose.title} (${context})` : state.purpose.title;
    const row = (label: string, allowed: boolean, channel: string | null) =>
      html`<li data-choice="${state.purpose.key}${channel ? `:${channel}` : ''}" data-allowed=${String(allowed)}>
        <span>${label}: <strong>${allowed ? texts.allowed : texts.notAllowed}</strong></span>
        <button class="action" type="button" ?disabled=${this.busy}
          @click=${() => void this.#record(subjectId, state.purpose.key, channel, !allowed, label)}>
          ${allowed ? texts.recordNotAllowed(label) : texts.recordAllowed(label)}</button>
      </li>`;
    const channels = state.purpose.key === 'direct-marketing' ? state.channels : [];
    return [
      row(channels.length > 0 ? `${title}, ${texts.wholeMarketing}` : title, state.allowed, null),
      ...channels.map((option) => row(`${title}, ${option.label}`, option.allowed, option.channel)),
    ];
  }

  #renderFileRequest(subjectId: string): TemplateResult {
    const texts = this.officeTexts;
    return html`<form part="file" @submit=${(event: SubmitEvent) => void this.#file(event, subjectId)}>
      <h3>${texts.agent.fileTitle}</h3>
      <label for="request-type">${texts.agent.requestType}</label>
      <select id="request-type" name="type" @change=${(event: Event) => {
        this.requestType = (event.target as HTMLSelectElement).value as AgentRequestType;
      }}>
        ${agentRequestTypes.map((type) => html`<option value=${type} ?selected=${this.requestType === type}>${texts.types[type]}</option>`)}
      </select>
      ${
        this.requestType === 'OBJECTION'
          ? html`<label for="processing">${texts.agent.processing}</label><input id="processing" name="processing" required maxlength="200" />
            <label for="reason">${texts.agent.reason}</label><textarea id="reason" name="reason" required maxlength="2000"></textarea>`
          : nothing
      }
      <button class="action" type="submit" ?disabled=${this.busy}>${texts.agent.file}</button>
    </form>`;
  }

  #renderNonCustomer(): TemplateResult {
    const texts = this.officeTexts.agent;
    return html`<form part="non-customer" @submit=${this.#recordNonCustomer}>
      <h3>${texts.nonCustomer}</h3>
      <label for="nc-email">${texts.nonCustomerEmail}</label>
      <input id="nc-email" name="email" type="email" autocomplete="off" />
      <label for="nc-phone">${texts.nonCustomerPhone}</label>
      <input id="nc-phone" name="phoneNumber" type="tel" autocomplete="off" />
      <label for="nc-channel">${texts.channel}</label>
      <select id="nc-channel" name="channel">
        <option value="">${texts.allChannels}</option>
        ${marketingChannels.map((channel) => html`<option value=${channel}>${channel}</option>`)}
      </select>
      <button class="action" type="submit" ?disabled=${this.busy}>${texts.recordObjection}</button>
    </form>`;
  }

  #search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const caller = String(new FormData(event.currentTarget as HTMLFormElement).get('caller') ?? '').trim();
    return this.act(async (client) => {
      const variables = caller.includes('@') ? { email: caller } : { phoneNumber: caller };
      const { findPrivacySubjects } = await client.request(OfficeSubjectSearchDocument, variables);
      this.found = findPrivacySubjects;
      const texts = this.officeTexts.agent;
      this.announce(findPrivacySubjects.length === 0 ? texts.noneFound : texts.found(findPrivacySubjects.length));
    });
  }

  #open(subjectId: string): void {
    this.subjectId = subjectId;
    void this.choices.reload();
  }

  #record(subjectId: string, purpose: string, channel: string | null, allowed: boolean, label: string): Promise<void> {
    return this.act(async (client) => {
      await client.mutate(AgentRecordChoiceDocument, {
        subjectId,
        purpose,
        allowed,
        collectionChannel: 'PHONE',
        ...(channel ? { channel } : {}),
      });
      await this.choices.reload();
      this.announce(this.officeTexts.agent.recorded(label));
    });
  }

  #file(event: SubmitEvent, subjectId: string): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const type = this.requestType;
    return this.act(async (client) => {
      await fileForCaller(client, subjectId, type, {
        processing: String(data.get('processing') ?? '').trim(),
        reason: String(data.get('reason') ?? '').trim(),
      });
      form.reset();
      this.requestType = 'ACCESS';
      this.announce(this.officeTexts.agent.filed(this.officeTexts.types[type]));
    });
  }

  #recordNonCustomer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    return this.act(async (client) => {
      await client.mutate(AgentNonCustomerObjectionDocument, {
        ...(text('email') ? { email: text('email') } : {}),
        ...(text('phoneNumber') ? { phoneNumber: text('phoneNumber') } : {}),
        ...(text('channel') ? { channel: text('channel') } : {}),
      });
      form.reset();
      this.announce(this.officeTexts.agent.objectionRecorded);
    });
  }
}

defineElement('px-agent-desk', PxAgentDesk);
