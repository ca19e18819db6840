import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { badUserInput } from '../common/errors.js';
import { MarketingContact } from '../identity/marketing-contact.entity.js';
import { Person } from '../identity/person.entity.js';
import { Subscription } from '../identity/subscription.entity.js';
import { lineRelation } from '../identity/subscription-access.js';
import { subjectNotFound } from './preference.errors.js';
import type { ActorKind, CollectionChannel } from './preference-event.entity.js';

/** Whom a choice is about: a person, one of their lines, or a non-customer contact. */
export type Subject =
  | { kind: 'person'; id: string; person: Person }
  | { kind: 'subscription'; id: string; subscription: Subscription }
  | { kind: 'contact'; id: string; contact: MarketingContact };

export interface Acting {
  actorKind: Extract<ActorKind, 'subject' | 'administrator' | 'agent'>;
  actorId: string;
  /** Agents always record by phone; people choose on the web or in the app. */
  collectionChannels: readonly CollectionChannel[];
}

export async function findSubject(manager: EntityManager, id: string): Promise<Subject | null> {
  if (!isUUID(id)) return null;
  const person = await manager.findOneBy(Person, { id });
  if (person) return { kind: 'person', id, person };
  const subscription = await manager.findOneBy(Subscription, { id });
  if (subscription) return { kind: 'subscription', id, subscription };
  const contact = await manager.findOneBy(MarketingContact, { id });
  if (contact) return { kind: 'contact', id, contact };
  return null;
}

/** The subject of `subjectId`, or the caller's own person when it is omitted; NOT_FOUND when the caller may not see it. */
export async function subjectFor(
  manager: EntityManager,
  caller: PersonCaller,
  subjectId: string | null | undefined,
): Promise<{ subject: Subject; relation: Acting['actorKind'] | 'staff' }> {
  if (caller.staffRole && !subjectId)
    throw badUserInput('Staff act on a customer: give subjectId.', { field: 'subjectId' });
  const subject = await findSubject(manager, subjectId ?? caller.personId);
  if (!subject) throw subjectNotFound();
  if (caller.staffRole) return { subject, relation: 'staff' };
  if (subject.kind === 'person' && subject.id === caller.personId) return { subject, relation: 'subject' };
  if (subject.kind === 'subscription') {
    const relation = await lineRelation(manager, caller.personId, subject.subscription);
    if (relation === 'assigned') return { subject, relation: 'subject' };
    if (relation === 'administrator') return { subject, relation: 'administrator' };
  }
  throw subjectNotFound();
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
