import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { type Subject, subjectFor } from '../identity/index.js';
import type { ActorKind, CollectionChannel } from './preference-event.entity.js';

export interface Acting {
  actorKind: Extract<ActorKind, 'subject' | 'administrator' | 'agent'>;
  actorId: string;
  /** Agents always record by phone; people choose on the web or in the app. */
  collectionChannels: readonly CollectionChannel[];
}

/** Who is acting when the caller changes a choice of `subjectId` (the role matrix of the README). */
export async function actingOn(
  manager: EntityManager,
  caller: PersonCaller,
  subjectId: string | null | undefined,
): Promise<{ subject: Subject; acting: Acting }> {
  const { subject, relation } = await subjectFor(manager, caller, subjectId);
  if (relation === 'staff') {
    return { subject, acting: { actorKind: 'agent', actorId: caller.personId, collectionChannels: ['phone'] } };
  }
  return { subject, acting: { actorKind: relation, actorId: caller.personId, collectionChannels: ['web', 'app'] } };
}
