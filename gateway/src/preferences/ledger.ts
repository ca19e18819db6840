import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { liveChannel, liveNoticeText } from '../common/live-notice.js';
import { outboxChannel } from '../common/outbox.js';
import { preparedQuery } from '../database/pool-query.js';
import { chainHash, genesisHash } from './ledger-hash.js';
import type { Decision, PreferenceEvent } from './preference-event.entity.js';
import type { PreferenceState } from './preference-state.entity.js';

export type NewEvent = Omit<PreferenceEvent, 'position' | 'eventId' | 'sequence' | 'previousHash' | 'hash'>;

export function allowedAfter(decision: Decision): boolean {
  return decision === 'granted' || decision === 'objection-withdrawn';
}

/** The projection rows of the subject and purpose, after the decision (or as they were when it was in force). */
export interface RecordedDecision {
  /** The new ledger event, or null when the decision was already in force. */
  event: PreferenceEvent | null;
  states: PreferenceState[];
}

/** Whether `change` is already in force given the current projection row of its purpose and channel. */
export type InForce = (current: PreferenceState | undefined, change: NewEvent) => boolean;

/** The default rule: the same decision, by the same kind of actor, on the same text, writes nothing. */
export const sameChoiceInForce: InForce = (current, change) =>
  current?.decision === change.decision &&
  current.actorKind === change.actorKind &&
  current.textVersion === change.textVersion;

/**
 * The one way to write the ledger, for every writer (a person, an administrator, an agent, GPC,
 * the office), inside the caller's transaction:
 * 1. create or lock the subject's chain head: `ON CONFLICT DO UPDATE` locks the row, so
 *    concurrent decisions on one subject take turns;
 * 2. read the projection under that lock, so "already in force" sees every committed decision:
 *    20 concurrent identical changes write one event;
 * 3. insert the event, move the head, upsert the projection and write the outbox row (which
 *    wakes the relays with NOTIFY on commit, and tells the subscribers of every gateway) in one statement.
 * The chain head and its sequence belong to the ledger alone.
 */
export async function recordDecision(
  manager: EntityManager,
  change: NewEvent,
  inForce: InForce = sameChoiceInForce,
): Promise<RecordedDecision> {
  const [head] = await preparedQuery<{ last_sequence: number; last_hash: string }>(
    manager,
    'ledger-lock-head',
    `INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash) VALUES ($1, 0, $2)
     ON CONFLICT (subject_id) DO UPDATE SET subject_id = EXCLUDED.subject_id
     RETURNING last_sequence, last_hash`,
    [change.subjectId, genesisHash],
  );
  if (!head) throw new Error(`No chain head for ${change.subjectId}`);
  const states = await preparedQuery<PreferenceState>(
    manager,
    'ledger-states',
    `SELECT subject_id AS "subjectId", purpose, channel, subject_kind AS "subjectKind", allowed, decision,
       actor_kind AS "actorKind", text_version AS "textVersion", last_event_id AS "lastEventId", decided_at AS "decidedAt"
     FROM preference_state WHERE subject_id = $1 AND purpose = $2`,
    [change.subjectId, change.purpose],
  );
  const current = states.find((row) => row.channel === (change.channel ?? ''));
  if (inForce(current, change)) return { event: null, states };
  const event = await appendAfter(manager, head, change);
  return { event, states: [...states.filter((row) => row !== current), projectionRow(event)] };
}

async function appendAfter(
  manager: EntityManager,
  head: { last_sequence: number; last_hash: string },
  change: NewEvent,
): Promise<PreferenceEvent> {
  const unhashed = { ...change, eventId: randomUUID(), sequence: head.last_sequence + 1 };
  const event: PreferenceEvent = {
    ...unhashed,
    position: '',
    previousHash: head.last_hash,
    hash: chainHash(head.last_hash, unhashed),
  };
  const state = projectionRow(event);
  const [written] = await preparedQuery<{ position: string }>(
    manager,
    'ledger-append',
    `WITH event AS (
       INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, channel, decision,
         text_version, language, actor_kind, actor_id, collection_channel, occurred_at, idempotency_key,
         previous_hash, hash, site)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $21)
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
     SELECT position, pg_notify('${outboxChannel}', ''), pg_notify('${liveChannel}', $20) FROM event`,
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
      liveNoticeText({ kind: 'preferences', subjectId: event.subjectId }),
      event.site ?? null,
    ],
  );
  event.position = written?.position ?? '';
  return event;
}

/** The NOTIFY channel that wakes the relays after a commit; they also poll, so a lost one costs a poll interval. */

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
    ...(event.site ? { site: event.site } : {}),
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
