import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import {
  PropagationHealthDocument,
  type PropagationHealthQuery,
  ReplayDeliveriesDocument,
  RotateDownstreamCredentialsDocument,
  type RotateDownstreamCredentialsMutation,
} from '../../graphql/generated.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeControls, officeTables } from '../../office/office-styles.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { propagationHealthStyles } from './px-propagation-health.styles.js';

type Credentials = RotateDownstreamCredentialsMutation['rotateDownstreamCredentials'] & { name: string };

/**
 * @tag px-propagation-health
 * @summary For the data protection office: every downstream system with its lag, unacknowledged and failed deliveries; a failed delivery or a time range sent again; a system's credentials rotated (the new ones shown once).
 *
 * @csspart base - The wrapper of everything.
 * @csspart systems - The table of systems.
 * @csspart failures - The list of failed deliveries.
 * @csspart range - The form that sends a time range again.
 * @csspart credentials - The new credentials, shown once after a rotation.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and buttons.
 * @cssproperty --px-color-border - Table lines.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxPropagationHealth extends OfficeElement {
  static override properties = {
    ...OfficeElement.properties,
    credentials: { state: true },
  };
  static override styles = [tokens, controls, officeControls, officeTables, propagationHealthStyles];

  /** @internal The credentials of the last rotation, shown once: gone on the next read. */
  declare private credentials: Credentials | undefined;

  readonly health = new QueryController<PropagationHealthQuery>(this, {
    load: ({ client, signal }) => client.request(PropagationHealthDocument, {}, signal),
    perLanguage: false,
    explain: (error) => this.explainOffice(error),
  });

  constructor() {
    super();
    this.credentials = undefined;
  }

  override render(): TemplateResult {
    const texts = this.officeTexts.health;
    return html`<div part="base">
      <h2>${texts.title}</h2>
      ${this.renderLiveRegion()}
      ${renderQuery(
        this.health,
        this.texts,
        (health) => html`${this.#renderSystems(health)}${this.#renderCredentials()}${this.#renderFailures(health)}
          ${this.#renderRange(health)}
          <button class="link" type="button" @click=${() => void this.health.reload()}>${texts.refresh}</button>`,
        html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`,
      )}
    </div>`;
  }

  #renderSystems(health: PropagationHealthQuery): TemplateResult {
    const texts = this.officeTexts.health;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'medium' });
    return html`<div class="scroll"><table part="systems">
      <caption>${texts.systems}</caption>
      <thead><tr><th scope="col">${texts.system}</th><th scope="col">${texts.unacknowledged}</th>
        <th scope="col">${texts.failed}</th><th scope="col">${texts.oldest}</th><th scope="col">${texts.lag}</th>
        <th scope="col"><span class="visually-hidden">${texts.rotate('')}</span></th></tr></thead>
      <tbody>${health.downstreamSystems.map((system) => {
        const lag = health.propagationLag.find((row) => row.systemKey === system.key);
        return html`<tr data-system=${system.key}>
          <th scope="row">${system.name} <code>${system.key}</code>
            <span class="muted">${system.active ? texts.active : texts.inactive}${system.webhookDisabledAt ? `, ${texts.webhookOff}` : ''}</span></th>
          <td data-testid="unacknowledged">${lag?.unacknowledged ?? 0}</td>
          <td data-testid="failed">${lag?.failed ?? 0}</td>
          <td>${lag?.oldestUnacknowledgedAt ? moment.format(new Date(lag.oldestUnacknowledgedAt)) : texts.none}</td>
          <td>${lag?.p99LagMsLastHour === null || lag?.p99LagMsLastHour === undefined ? texts.none : texts.lagMs(lag.p99LagMsLastHour)}</td>
          <td><button class="link" type="button" ?disabled=${this.busy} @click=${() => void this.#rotate(system.key, system.name)}>
            ${texts.rotate(system.name)}</button></td>
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  #renderCredentials(): TemplateResult | typeof nothing {
    const credentials = this.credentials;
    if (!credentials) return nothing;
    const texts = this.officeTexts.health;
    return html`<section part="credentials" aria-labelledby="credentials-title">
      <h3 id="credentials-title">${texts.rotated(credentials.name)}</h3>
      <dl><dt>${texts.apiKey}</dt><dd><code data-testid="api-key">${credentials.apiKey}</code></dd>
        <dt>${texts.secret}</dt><dd><code>${credentials.webhookSecret}</code></dd></dl>
    </section>`;
  }

  #renderFailures(health: PropagationHealthQuery): TemplateResult {
    const texts = this.officeTexts.health;
    const failures = health.failedDeliveries.edges.map((edge) => edge.node);
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'medium' });
    return html`<h3>${texts.failures}</h3>
      ${
        failures.length === 0
          ? html`<p class="muted" data-testid="no-failures">${texts.noFailures}</p>`
          : html`<ul part="failures" class="failures">${failures.map(
              (failure) => html`<li data-event=${failure.eventId} data-system=${failure.systemKey}>
                <p><strong>${failure.systemName}</strong> · ${texts.event} <code>${failure.eventId}</code>${failure.purpose ? html` · <code>${failure.purpose}</code>` : nothing}
                  ${failure.failedAt ? html` · <time datetime=${failure.failedAt}>${moment.format(new Date(failure.failedAt))}</time>` : nothing}</p>
                <p class="muted">${texts.attempts}: ${failure.attempts}${failure.lastError ? ` · ${texts.lastError}: ${failure.lastError}` : ''}</p>
                <button class="action" type="button" ?disabled=${this.busy}
                  @click=${() => void this.#replay({ eventId: failure.eventId, systemKey: failure.systemKey })}>
                  ${texts.replay(failure.systemName)}</button>
              </li>`,
            )}</ul>`
      }`;
  }

  #renderRange(health: PropagationHealthQuery): TemplateResult {
    const texts = this.officeTexts.health;
    return html`<form part="range" @submit=${this.#replayRange}>
      <fieldset>
        <legend>${texts.range}</legend>
        <label for="from">${texts.from}</label><input id="from" name="from" type="datetime-local" step="1" required />
        <label for="to">${texts.to}</label><input id="to" name="to" type="datetime-local" step="1" required />
        <label for="range-system">${texts.system}</label>
        <select id="range-system" name="systemKey">
          <option value="">${texts.allSystems}</option>
          ${health.downstreamSystems.map((system) => html`<option value=${system.key}>${system.name}</option>`)}
        </select>
        <button class="action" type="submit" ?disabled=${this.busy}>${texts.replayRange}</button>
      </fieldset>
    </form>`;
  }

  #replay(variables: { eventId?: string; from?: string; to?: string; systemKey?: string }): Promise<void> {
    return this.act(async (client) => {
      const { replayDeliveries } = await client.request(ReplayDeliveriesDocument, variables);
      this.credentials = undefined;
      await this.health.reload();
      this.announce(this.officeTexts.health.replayed(replayDeliveries));
    });
  }

  #replayRange(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    // datetime-local is the officer's local time; the gateway takes instants.
    const instant = (name: string) => new Date(String(data.get(name))).toISOString();
    const systemKey = String(data.get('systemKey') ?? '');
    return this.#replay({ from: instant('from'), to: instant('to'), ...(systemKey ? { systemKey } : {}) });
  }

  #rotate(key: string, name: string): Promise<void> {
    return this.act(async (client) => {
      const { rotateDownstreamCredentials } = await client.request(RotateDownstreamCredentialsDocument, { key });
      this.credentials = { ...rotateDownstreamCredentials, name };
      this.announce(this.officeTexts.health.rotated(name));
    });
  }
}

defineElement('px-propagation-health', PxPropagationHealth);
