import { Webhook } from 'standardwebhooks';

export interface SignedRequest {
  headers: Record<string, string>;
  body: string;
}

/**
 * Signs a webhook per the Standard Webhooks specification, so any of its libraries verifies it.
 * The id is the ledger event's: a retry carries the same `webhook-id`, and receivers deduplicate.
 * The timestamp is the wall clock's, as receivers compare it with theirs.
 */
export function signWebhook(secret: string, messageId: string, body: string, at: Date = new Date()): SignedRequest {
  const signature = new Webhook(secret).sign(messageId, at, body);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': messageId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}
