import { html, nothing, type TemplateResult } from 'lit';
import { explain } from '../../graphql/gateway-error.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Preferences } from '../../preferences/preferences-cache.js';
import type { PxElement } from '../../px-element.js';
import type { PagedQuery } from '../../query/paged-query.js';
import { renderQuery } from '../../query/render-query.js';
import type { History, HistoryEvent } from './history-query.js';
import { downloadReceipt, fetchReceipt, openReceiptWindow, showPrintableReceipt } from './receipt.js';

/** What the history needs of its element: the texts, the language, the live region and the session. */
type Center = Pick<PxElement, 'texts' | 'language' | 'announce' | 'gatewayUrl' | 'session'>;

/** Who acted, told to the reader; another person acting on a line is that line's user. */
export function actorText(event: HistoryEvent, texts: Dictionary, onLine: boolean): string {
  if (event.actedBy === 'THE_PERSON' && onLine) return texts.history.actedBy.LINE_USER;
  return texts.history.actedBy[event.actedBy];
}

function client(center: Center): GraphQLClient {
  return new GraphQLClient(center.gatewayUrl, center.session.token);
}

async function saveReceipt(center: Center, event: HistoryEvent): Promise<void> {
  try {
    downloadReceipt(await fetchReceipt(client(center), event.id), event.id);
    center.announce((texts) => texts.receipt.downloaded);
  } catch (error) {
    center.announce((texts) => texts.receipt.failed(explain(error, texts)), 'error');
  }
}

async function printReceipt(center: Center, event: HistoryEvent, subject: string, onLine: boolean): Promise<void> {
  const target = openReceiptWindow();
  if (!target) {
    center.announce((texts) => texts.receipt.blocked, 'error');
    return;
  }
  try {
    const receipt = await fetchReceipt(client(center), event.id);
    const texts = center.texts;
    const actor = actorText(event, texts, onLine);
    showPrintableReceipt(target, receipt, event, { texts, language: center.language, actor, subject });
    center.announce((texts) => texts.receipt.opened);
  } catch (error) {
    target.close();
    center.announce((texts) => texts.receipt.failed(explain(error, texts)), 'error');
  }
}

/** The history of changes, newest first, each with who acted (seen from the reader) and its receipt. */
export function renderHistory(
  center: Center,
  history: PagedQuery<HistoryEvent>,
  preferences: Preferences,
  lineLabels: Map<string, string>,
): TemplateResult {
  const texts = center.texts;
  const titles = new Map<string, string>();
  const channels = new Map<string, string>();
  for (const state of [...preferences.purposes, ...preferences.subscriptions.flatMap((line) => line.purposes)]) {
    titles.set(state.purpose.key, state.purpose.title);
    for (const option of state.purpose.channels) channels.set(option.key, option.label);
  }
  const format = new Intl.DateTimeFormat(center.language, { dateStyle: 'medium', timeStyle: 'short' });
  const item = (event: HistoryEvent) => {
    const line = lineLabels.get(event.subjectId);
    const what = [
      titles.get(event.purpose) ?? event.purpose,
      event.channel ? `(${channels.get(event.channel) ?? event.channel})` : '',
      line ? `— ${line}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const id = `event-${event.id}`;
    return html`<li data-event=${event.id} data-purpose=${event.purpose} data-subject=${event.subjectId}>
      <span id=${id}><time datetime=${event.occurredAt}>${format.format(new Date(event.occurredAt))}</time>: ${what}:
      ${texts.history.decisions[event.decision]} <span data-acted-by=${event.actedBy}>${actorText(event, texts, Boolean(line))}</span>${
        event.textVersion ? html` <span class="muted">(${texts.choice.textVersion(event.textVersion)})</span>` : nothing
      }</span>
      <span class="receipts">
        <button class="link" type="button" data-receipt="json" aria-describedby=${id} @click=${() => void saveReceipt(center, event)}>${texts.history.receiptJson}</button>
        <button class="link" type="button" data-receipt="page" aria-describedby=${id} @click=${() => void printReceipt(center, event, line ?? '', Boolean(line))}>${texts.history.receiptPage}</button>
      </span>
    </li>`;
  };
  return html`<section class="card" part="section" aria-labelledby="history-title">
    <h2 id="history-title">${texts.history.title}</h2>
    ${renderQuery(history.query, texts, (value: History) =>
      value.items.length === 0
        ? html`<p class="muted">${texts.history.empty}</p>`
        : html`<ol class="history" data-testid="history">${value.items.map(item)}</ol>
            ${
              value.hasMore
                ? html`<button class="link" type="button" @click=${() => void history.loadMore()}>${texts.history.more}</button>`
                : nothing
            }`,
    )}
  </section>`;
}
