import canonicalize from 'canonicalize';
import { sha256Hex } from '../common/secrets.js';
import type { PreferenceEvent } from './preference-event.entity.js';

/** The link before a subject's first event. */
export const genesisHash = '0'.repeat(64);

type HashedFields = Omit<PreferenceEvent, 'position' | 'previousHash' | 'hash'>;

/** The fields an event's hash covers, in RFC 8785 canonical JSON, so any tool can recompute it. */
export function canonicalEvent(event: HashedFields): string {
  return (
    canonicalize({
      eventId: event.eventId,
      subjectId: event.subjectId,
      subjectKind: event.subjectKind,
      sequence: event.sequence,
      purpose: event.purpose,
      channel: event.channel,
      decision: event.decision,
      textVersion: event.textVersion,
      language: event.language,
      actorKind: event.actorKind,
      actorId: event.actorId,
      collectionChannel: event.collectionChannel,
      occurredAt: event.occurredAt.toISOString(),
      idempotencyKey: event.idempotencyKey,
      // Only cookie choices carry a site: every event hashed before it existed keeps its hash.
      ...(event.site ? { site: event.site } : {}),
    }) ?? ''
  );
}

/** hash = sha256(previous hash + canonical event). */
export function chainHash(previousHash: string, event: HashedFields): string {
  return sha256Hex(previousHash + canonicalEvent(event));
}
