import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** The channel on which a commit that wrote the outbox wakes the relays. */
export const outboxChannel = 'privacy_outbox';

/** What every system must hear about a subject, whatever its purposes (GDPR Art. 19). */
export type SubjectEventType = 'subject.erased' | 'subject.rectified';

/**
 * Tells every downstream system that a subject was erased or rectified (GDPR Art. 17, 16 and 19):
 * an outbox row in the caller's transaction, delivered and proven like any change, in commit
 * order with the subject's ledger events. It is not a ledger event: the chain is the ledger's alone.
 * Returns its event id.
 */
export async function publishSubjectEvent(
  manager: EntityManager,
  subjectId: string,
  type: SubjectEventType,
  at: Date,
): Promise<string> {
  const eventId = randomUUID();
  await manager.query(
    `INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
     VALUES ($1, 'privacy-subject', $2, $3, $4, $5)`,
    [eventId, subjectId, type, JSON.stringify({ eventId, subjectId, occurredAt: at.toISOString() }), at],
  );
  await manager.query(`SELECT pg_notify('${outboxChannel}', '')`);
  return eventId;
}

/** Whether the subject was erased: its `subject.erased` event stays in the outbox, with the proof of its delivery. */
export async function wasErased(manager: EntityManager, subjectId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    "SELECT 1 FROM outbox_event WHERE aggregateid = $1 AND type = 'subject.erased' LIMIT 1",
    [subjectId],
  );
  return rows.length > 0;
}
