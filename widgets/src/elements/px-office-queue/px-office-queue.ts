import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { emit } from '../../events/px-events.js';
import {
  OfficeQueueDocument,
  type OfficeQueueQuery,
  OfficeSubjectSearchDocument,
  type RequestFilter,
  type RequestStatus,
  type RequestType,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import { LiveController } from '../../live/live-controller.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeControls, officeTables } from '../../office/office-styles.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { officeQueueStyles } from './px-office-queue.styles.js';

type QueueRow = OfficeQueueQuery['dataSubjectRequests']['edges'][number]['node'];
interface QueuePage {
  rows: QueueRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const pageSize = 25;
const statuses: RequestStatus[] = ['AWAITING_IDENTITY', 'IN_PROGRESS', 'AWAITING_INFORMATION', 'COMPLETED', 'REJECTED'];
const types: RequestType[] = ['ACCESS', 'EXPORT', 'ERASURE', 'RECTIFICATION', 'OBJECTION', 'AUTOMATED_DECISION_REVIEW'];

/**
 * @tag px-office-queue
 * @summary The data protection office's queue: every request with the person's name, type, status, due date, overdue and due-soon flags and assignee; filters, search by e-mail or number, and paging; read again live after each step of any request, taken anywhere. Reading it is logged as a staff read of every person shown.
 *
 * @fires px-office-open - The officer chose a request; `detail.requestId` names it (the demo page opens it in `px-office-request`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The form of filters and search.
 * @csspart table - The table of requests.
 * @csspart more - The button that reads the next page.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings, buttons, links.
 * @cssproperty --px-color-danger - The overdue flag.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxOfficeQueue extends OfficeElement {
  static override properties = { ...OfficeElement.properties, filter: { state: true } };
  static override styles = [tokens, controls, officeControls, officeTables, officeQueueStyles];

  /** @internal */
  declare private filter: RequestFilter;
  readonly queue = new QueryController<QueuePage>(this, {
    load: ({ client, signal }) => this.#page(client, signal, null, []),
    perLanguage: false,
    explain: (error) => this.explainOffice(error),
  });

  constructor() {
    super();
    this.filter = {};
    // A request filed, or a step taken on any screen or gateway: the queue reads its page again. As
    // every element does, it also reads on the gateway's first answer, which covers a change made
    // between the queue's first read and the subscription.
    new LiveController(this, 'office-queue', () => void this.queue.reload());
  }

  /** Reads the first page again, as the filters stand: after a step taken on another screen. */
  refresh(): Promise<void> {
    return this.queue.reload();
  }

  override render(): TemplateResult {
    const texts = this.officeTexts.queue;
    return html`<div part="base">
      <h2>${texts.title}</h2>
      ${this.renderLiveRegion()}
      ${renderQuery(
        this.queue,
        this.texts,
        (page) => html`${this.#renderFilters()}${this.#renderTable(page)}`,
        html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`,
      )}
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const texts = this.officeTexts;
    return html`<form part="filters" @submit=${this.#apply} @reset=${this.#clear}>
      <fieldset>
        <legend>${texts.queue.filters}</legend>
        <div class="filters">
          <div>
            <label for="status">${texts.queue.status}</label>
            <select id="status" name="status">
              <option value="">${texts.queue.any}</option>
              ${statuses.map((status) => html`<option value=${status} ?selected=${this.filter.status === status}>${texts.statuses[status]}</option>`)}
            </select>
          </div>
          <div>
            <label for="type">${texts.queue.type}</label>
            <select id="type" name="type">
              <option value="">${texts.queue.any}</option>
              ${types.map((type) => html`<option value=${type} ?selected=${this.filter.type === type}>${texts.types[type]}</option>`)}
            </select>
          </div>
          <div>
            <label for="search">${texts.queue.search}</label>
            <input id="search" name="search" type="search" autocomplete="off" />
          </div>
        </div>
        <div class="inline">
          <input type="checkbox" id="overdue" name="overdue" ?checked=${this.filter.overdue === true} />
          <label for="overdue">${texts.queue.overdue}</label>
          <input type="checkbox" id="due-soon" name="dueSoon" ?checked=${this.filter.dueSoon === true} />
          <label for="due-soon">${texts.queue.dueSoon}</label>
        </div>
        <button class="action" type="submit">${texts.queue.apply}</button>
        <button class="link" type="reset">${texts.queue.clear}</button>
      </fieldset>
    </form>`;
  }

  #renderTable(page: QueuePage): TemplateResult {
    const texts = this.officeTexts;
    if (page.rows.length === 0) return html`<p class="muted" data-testid="empty">${texts.queue.empty}</p>`;
    const day = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeZone: 'Europe/Brussels' });
    return html`<div class="scroll"><table part="table">
        <caption>${texts.queue.caption}</caption>
        <thead><tr>
          <th scope="col">${texts.queue.name}</th><th scope="col">${texts.queue.type}</th>
          <th scope="col">${texts.queue.status}</th><th scope="col">${texts.queue.due}</th>
          <th scope="col">${texts.queue.flags}</th><th scope="col">${texts.queue.assignee}</th>
        </tr></thead>
        <tbody>
          ${page.rows.map((row) => {
            const name = row.subjectName ?? texts.queue.erased;
            return html`<tr data-request=${row.id} data-status=${row.status}>
              <th scope="row"><button class="link" type="button" aria-label=${texts.queue.open(name)}
                @click=${() => emit(this, 'px-office-open', { requestId: row.id })}>${name}</button></th>
              <td>${texts.types[row.type]}</td>
              <td>${texts.statuses[row.status]}</td>
              <td>${row.dueAt ? html`<time datetime=${row.dueAt}>${day.format(new Date(row.dueAt))}</time>` : texts.queue.noDeadline}</td>
              <td>${row.overdue ? html`<span class="flag overdue" data-flag="overdue">${texts.queue.overdueFlag}</span>` : nothing}
                ${row.dueSoon ? html`<span class="flag soon" data-flag="due-soon">${texts.queue.dueSoonFlag}</span>` : nothing}</td>
              <td>${row.assigneeName ?? html`<span class="muted">${texts.queue.unassigned}</span>`}</td>
            </tr>`;
          })}
        </tbody>
      </table></div>
      ${
        page.hasNextPage
          ? html`<button class="action" type="button" part="more" @click=${() => void this.#more(page)}>${texts.queue.more}</button>`
          : nothing
      }`;
  }

  async #page(
    client: GraphQLClient,
    signal: AbortSignal,
    after: string | null,
    before: QueueRow[],
  ): Promise<QueuePage> {
    const answer = await client.request(OfficeQueueDocument, { filter: this.filter, first: pageSize, after }, signal);
    const { edges, pageInfo } = answer.dataSubjectRequests;
    return {
      rows: [...before, ...edges.map((edge) => edge.node)],
      endCursor: pageInfo.endCursor,
      hasNextPage: pageInfo.hasNextPage,
    };
  }

  async #more(page: QueuePage): Promise<void> {
    await this.queue.run(({ client, signal }) => this.#page(client, signal, page.endCursor, page.rows));
    const rows = this.queue.value?.rows.length ?? 0;
    this.announce(this.officeTexts.queue.shown(rows));
  }

  async #apply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const search = String(form.get('search') ?? '').trim();
    const filter: RequestFilter = {
      ...(form.get('status') ? { status: form.get('status') as RequestStatus } : {}),
      ...(form.get('type') ? { type: form.get('type') as RequestType } : {}),
      ...(form.get('overdue') ? { overdue: true } : {}),
      ...(form.get('dueSoon') ? { dueSoon: true } : {}),
    };
    if (search) {
      const subjectId = await this.#subjectOf(search);
      if (!subjectId) {
        this.announce(this.officeTexts.queue.noneFound, 'error');
        return;
      }
      filter.subjectId = subjectId;
    }
    this.filter = filter;
    await this.queue.reload();
    this.announce(this.officeTexts.queue.shown(this.queue.value?.rows.length ?? 0));
  }

  /** The person or contact of an e-mail address or number (a line's search finds its person's requests not). */
  async #subjectOf(search: string): Promise<string | null> {
    const client = new GraphQLClient(this.gatewayUrl, this.session.token);
    try {
      const answer = await client.request(
        OfficeSubjectSearchDocument,
        search.includes('@') ? { email: search } : { phoneNumber: search },
      );
      return answer.findPrivacySubjects.find((subject) => subject.kind !== 'SUBSCRIPTION')?.id ?? null;
    } catch (error) {
      this.announce(this.explainOffice(error), 'error');
      return null;
    }
  }

  #clear(): void {
    this.filter = {};
    void this.queue.reload();
  }
}

defineElement('px-office-queue', PxOfficeQueue);
