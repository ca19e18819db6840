import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { outboxChannel } from '../preferences/ledger.js';
import { genesisHash } from '../preferences/ledger-hash.js';

/** What every system must hear about a subject, whatever its purposes (GDPR Art. 19). */
export type SubjectEventType = 'subject.erased' | 'subject.rectified';

/**
 * Tells every downstream system that a subject was erased or rectified (GDPR Art. 17, 16 and 19):
 * an outbox row after the subject's last change (its place in the subject's order), so the relay
 * delivers it to all systems with the same proof as any change. Returns its event id.
 */
export async function publishSubjectEvent(
  manager: EntityManager,
  subjectId: string,
  type: SubjectEventType,
  at: Date,
): Promise<string> {
  const [head]: { last_sequence: number }[] = await manager.query(
    `INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash) VALUES ($1, 1, $2)
     ON CONFLICT (subject_id) DO UPDATE SET last_sequence = subject_chain_head.last_sequence + 1
     RETURNING last_sequence`,
    [subjectId, genesisHash],
  );
  const eventId = randomUUID();
  await manager.query(
    `INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
     VALUES ($1, 'privacy-subject', $2, $3, $4, $5)`,
    [
      eventId,
      subjectId,
      type,
      JSON.stringify({ eventId, subjectId, sequence: head?.last_sequence, occurredAt: at.toISOString() }),
      at,
    ],
  );
  await manager.query(`SELECT pg_notify('${outboxChannel}', '')`);
  return eventId;
}

/** SQL: whether the outbox row `event` concerns `system`: its purposes, or every system for a subject event. */
export const concernsSystem = `(event.type <> 'preference.changed' OR event.payload->>'purpose' = ANY(system.purposes))`;
