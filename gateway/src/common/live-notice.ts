import type { EntityManager } from 'typeorm';

/**
 * The NOTIFY channel of the GraphQL subscriptions: every gateway LISTENs on it and tells its own
 * subscribers. A notice carries ids only, never personal data (NOTIFY payloads reach every
 * session that listens, and the server log when it is verbose).
 */
export const liveChannel = 'privacy_live';

export type LiveNotice =
  /** A decision about a person, line, contact or browser was written to the ledger, or a browser was linked to a person. */
  | { kind: 'preferences'; subjectId: string }
  /** A data-subject request took a step, or its export archive is ready. */
  | { kind: 'request'; requestId: string; subjectId: string }
  /** A downstream system received, acknowledged or failed one change (an outbox event). */
  | { kind: 'propagation'; eventId: string }
  /** A session, or every session of a person, was revoked. */
  | { kind: 'session-revoked'; sessionId: string }
  | { kind: 'sessions-revoked'; personId: string };

/** The payload of a notice; for statements that call `pg_notify` themselves. */
export function liveNoticeText(notice: LiveNotice): string {
  return JSON.stringify(notice);
}

/**
 * Sends the notice on commit of the caller's transaction (PostgreSQL holds it until then, and
 * drops it on rollback): subscribers never hear of a change that did not happen.
 */
export async function notifyLive(manager: EntityManager, notice: LiveNotice): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [liveChannel, liveNoticeText(notice)]);
}
