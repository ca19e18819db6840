import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chainHash, genesisHash } from './ledger-hash.js';
import { type Decision, PreferenceEvent } from './preference-event.entity.js';
import { PreferenceState } from './preference-state.entity.js';
import { SubjectChainHead } from './subject-chain-head.entity.js';

export type NewEvent = Omit<PreferenceEvent, 'position' | 'eventId' | 'sequence' | 'previousHash' | 'hash'>;

export function allowedAfter(decision: Decision): boolean {
  return decision === 'granted' || decision === 'objection-withdrawn';
}

/**
 * Appends one event to its subject's chain and updates the projection, inside the caller's
 * transaction. The chain head is locked first, so concurrent appends of one subject serialize.
 */
export async function appendEvent(manager: EntityManager, change: NewEvent): Promise<PreferenceEvent> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(SubjectChainHead)
    .values({ subjectId: change.subjectId, lastSequence: 0, lastHash: genesisHash })
    .orIgnore()
    .execute();
  const head = await manager.findOneOrFail(SubjectChainHead, {
    where: { subjectId: change.subjectId },
    lock: { mode: 'pessimistic_write' },
  });
  const unhashed = { ...change, eventId: randomUUID(), sequence: head.lastSequence + 1 };
  const event = manager.create(PreferenceEvent, {
    ...unhashed,
    previousHash: head.lastHash,
    hash: chainHash(head.lastHash, unhashed),
  });
  await manager.insert(PreferenceEvent, event);
  await manager.update(SubjectChainHead, head.subjectId, { lastSequence: event.sequence, lastHash: event.hash });
  await manager.upsert(PreferenceState, projectionRow(event), ['subjectId', 'purpose', 'channel']);
  return event;
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
