import { PreferenceReceiptDocument } from '../../graphql/generated.js';
import type { GraphQLClient } from '../../graphql/graphql-client.js';
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import type { HistoryEvent } from './history-query.js';
import { printableReceipt } from './printable-receipt.js';

/** The ISO/IEC TS 27560 record of one decision, as the gateway gives it (`preferenceReceipt`). */
export type Receipt = Record<string, unknown>;

export function fetchReceipt(client: GraphQLClient, eventId: string): Promise<Receipt> {
  return client.request(PreferenceReceiptDocument, { eventId }).then((data) => data.preferenceReceipt as Receipt);
}

/** Saves the receipt as `receipt-<event id>.json`, exactly as the gateway answered it. */
export function downloadReceipt(receipt: Receipt, eventId: string): void {
  const blob = new Blob([`${JSON.stringify(receipt, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `receipt-${eventId}.json`;
  link.click();
  // The download has its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A window opened at the click itself (so no pop-up blocker refuses it after the request),
 * navigated to the readable page once the receipt is in; `null` when the browser refused it.
 */
export function openReceiptWindow(): Window | null {
  return window.open('', '_blank');
}

export function showPrintableReceipt(
  target: Window,
  receipt: Receipt,
  event: HistoryEvent,
  context: { texts: Dictionary; language: Language; actor: string; subject: string },
): void {
  const page = printableReceipt(receipt, event, context);
  target.location.href = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
}
