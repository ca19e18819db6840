import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chainHash, genesisHash } from './ledger-hash.js';
import type { Decision, PreferenceEvent } from './preference-event.entity.js';
import type { PreferenceState } from './preference-state.entity.js';

export type NewEvent = Omit<PreferenceEvent, 'position' | 'eventId' | 'sequence' | 'previousHash' | 'hash'>;

export function allowedAfter(decision: Decision): boolean {
  return decision === 'granted' || decision === 'objection-withdrawn';
}

/**
 * Appends one event to its subject's chain and updates the projection, inside the caller's
 * transaction, in two round trips (this is the hot path of every toggle):
 * 1. create or lock the subject's chain head: `ON CONFLICT DO UPDATE` locks the row, so
 *    concurrent appends of one subject take turns;
 * 2. insert the event, move the head, upsert the projection and write the outbox row (which
 *    wakes the relays with NOTIFY on commit) in one statement.
 */
export async function appendEvent(manager: EntityManager, change: NewEvent): Promise<PreferenceEvent> {
  const [head]: { last_sequence: number; last_hash: string }[] = await manager.query(
    `INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash) VALUES ($1, 0, $2)
     ON CONFLICT (subject_id) DO UPDATE SET subject_id = EXCLUDED.subject_id
     RETURNING last_sequence, last_hash`,
    [change.subjectId, genesisHash],
  );
  if (!head) throw new Error(`No chain head for ${change.subjectId}`);
  const unhashed = { ...change, eventId: randomUUID(), sequence: head.last_sequence + 1 };
  const event: PreferenceEvent = {
    ...unhashed,
    position: '',
    previousHash: head.last_hash,
    hash: chainHash(head.last_hash, unhashed),
  };
  const state = projectionRow(event);
  const [written]: { position: string }[] = await manager.query(
    `WITH event AS (
       INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, channel, decision,
         text_version, language, actor_kind, actor_id, collection_channel, occurred_at, idempotency_key,
         previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       RETURNING position
     ), head AS (
       UPDATE subject_chain_head SET last_sequence = $4, last_hash = $16 WHERE subject_id = $2
     ), state AS (
       INSERT INTO preference_state (subject_id, purpose, channel, subject_kind, allowed, decision, actor_kind,
         text_version, last_event_id, decided_at)
       VALUES ($2, $5, $17, $3, $18, $7, $10, $8, $1, $13)
       ON CONFLICT (subject_id, purpose, channel) DO UPDATE SET subject_kind = EXCLUDED.subject_kind,
         allowed = EXCLUDED.allowed, decision = EXCLUDED.decision, actor_kind = EXCLUDED.actor_kind,
         text_version = EXCLUDED.text_version, last_event_id = EXCLUDED.last_event_id, decided_at = EXCLUDED.decided_at
     ), outbox AS (
       INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
       VALUES ($1, 'privacy-subject', $2, 'preference.changed', $19, $13)
     )
     SELECT position, pg_notify('${outboxChannel}', '') FROM event`,
    [
      event.eventId,
      event.subjectId,
      event.subjectKind,
      event.sequence,
      event.purpose,
      event.channel,
      event.decision,
      event.textVersion,
      event.language,
      event.actorKind,
      event.actorId,
      event.collectionChannel,
      event.occurredAt,
      event.idempotencyKey,
      event.previousHash,
      event.hash,
      state.channel,
      state.allowed,
      JSON.stringify(outboxPayload(event)),
    ],
  );
  event.position = written?.position ?? '';
  return event;
}

/** The NOTIFY channel that wakes the relays after a commit; they also poll, so a lost one costs a poll interval. */
export const outboxChannel = 'privacy_outbox';

/** What the outbox carries of an event: the ledger's facts, no personal data. */
export function outboxPayload(event: PreferenceEvent): Record<string, unknown> {
  return {
    eventId: event.eventId,
    subjectId: event.subjectId,
    subjectKind: event.subjectKind,
    sequence: event.sequence,
    purpose: event.purpose,
    channel: event.channel,
    decision: event.decision,
    allowed: allowedAfter(event.decision),
    actorKind: event.actorKind,
    collectionChannel: event.collectionChannel,
    occurredAt: event.occurredAt.toISOString(),
    hash: event.hash,
  };
}

/** The projection row an event leaves behind: the rebuild uses the same function. */
export function projectionRow(event: PreferenceEvent): PreferenceState {
  return {
    subjectId: event.subjectId,
    purpose: event.purpose,
    channel: event.channel ?? '',
    subjectKind: event.subjectKind,
    allowed: allowedAfter(event.decision),
    decision: event.decision,
    actorKind: event.actorKind,
    textVersion: event.textVersion,
    lastEventId: event.eventId,
    decidedAt: event.occurredAt,
  };
}
