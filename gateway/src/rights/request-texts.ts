import type { EntityManager } from 'typeorm';
import { openBytes, sealBytes } from '../common/envelope-encryption.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { DataSubjectRequest } from './data-subject-request.entity.js';
import type { RequestEvent } from './request-event.entity.js';

type RequestIdentity = Pick<DataSubjectRequest, 'id' | 'subjectId'>;

/**
 * The words on a request (the office's notes, the answer) are sealed with the subject's key: they
 * may name the person. Once the subject is erased, only the product's own words are written
 * (the erasure's completion), sealed with the request's key, which stays with the proof.
 */
export async function sealRequestText(
  manager: EntityManager,
  vault: PersonalDataVault,
  request: RequestIdentity,
  text: string | null,
): Promise<Buffer | null> {
  if (text === null) return null;
  const key = (await vault.keyOf(manager, request.subjectId)) ?? (await vault.keyFor(manager, request.id));
  return sealBytes(key, Buffer.from(text, 'utf8'));
}

export interface OpenedRequest {
  details: Record<string, string>;
  outcome: string | null;
  /** By event id; null for a note that is gone with its subject's key. */
  notes: Map<string, string | null>;
}

/** The requests' texts, opened with one key lookup; what an erased subject's key sealed reads as nothing. */
export async function openRequests(
  manager: EntityManager,
  vault: PersonalDataVault,
  requests: DataSubjectRequest[],
  events: RequestEvent[],
): Promise<Map<string, OpenedRequest>> {
  const keys = await vault.keysOf(
    manager,
    requests.flatMap((request) => [request.subjectId, request.id]),
  );
  const open = (request: RequestIdentity, sealed: Buffer | null): string | null => {
    if (!sealed || sealed.length === 0) return null;
    for (const key of [keys.get(request.subjectId), keys.get(request.id)]) {
      if (!key) continue;
      try {
        return openBytes(key, sealed).toString('utf8');
      } catch {
        // Sealed with the other key.
      }
    }
    return null;
  };
  return new Map(
    requests.map((request) => {
      const details = open(request, request.details);
      const notes = new Map(
        events.filter((event) => event.requestId === request.id).map((event) => [event.id, open(request, event.note)]),
      );
      return [
        request.id,
        { details: details ? JSON.parse(details) : {}, outcome: open(request, request.outcome), notes },
      ];
    }),
  );
}
