import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { outboxChannel } from '../preferences/ledger.js';
import { genesisHash } from '../preferences/ledger-hash.js';

/**
 * Tells every downstream system that a subject was erased (GDPR Art. 17 and 19): an outbox row of
 * type `subject.erased`, after the subject's last change (its place in the subject's order), so
 * the relay delivers it to all systems with the same proof as any change. Returns its event id.
 */
export async function publishErasure(manager: EntityManager, subjectId: string, at: Date): Promise<string> {
  const [head]: { last_sequence: number }[] = await manager.query(
    `INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash) VALUES ($1, 1, $2)
     ON CONFLICT (subject_id) DO UPDATE SET last_sequence = subject_chain_head.last_sequence + 1
     RETURNING last_sequence`,
    [subjectId, genesisHash],
  );
  const eventId = randomUUID();
  await manager.query(
    `INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
     VALUES ($1, 'privacy-subject', $2, 'subject.erased', $3, $4)`,
    [
      eventId,
      subjectId,
      JSON.stringify({ eventId, subjectId, sequence: head?.last_sequence, erasedAt: at.toISOString() }),
      at,
    ],
  );
  await manager.query(`SELECT pg_notify('${outboxChannel}', '')`);
  return eventId;
}

/** SQL: whether the outbox row `event` concerns `system`: its purposes, or every system for an erasure. */
export const concernsSystem = `(event.type = 'subject.erased' OR event.payload->>'purpose' = ANY(system.purposes))`;
