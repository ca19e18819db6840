import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { badUserInput } from '../common/errors.js';
import type { Subscription } from '../identity/subscription.entity.js';
import { lineRelation } from '../identity/subscription-access.js';
import { subjectNotFound } from './preference.errors.js';
import type { ActorKind, CollectionChannel } from './preference-event.entity.js';

/** Whom a choice is about: a person, one of their lines (with what the rules need of it), or a non-customer contact. */
export type Subject =
  | { kind: 'person'; id: string }
  | { kind: 'subscription'; id: string; subscription: LineFacts }
  | { kind: 'contact'; id: string };

export type LineFacts = Pick<Subscription, 'id' | 'accountId' | 'kind' | 'phoneNumber' | 'assignedPersonId'>;

export interface Acting {
  actorKind: Extract<ActorKind, 'subject' | 'administrator' | 'agent'>;
  actorId: string;
  /** Agents always record by phone; people choose on the web or in the app. */
  collectionChannels: readonly CollectionChannel[];
}

/** The subject with this id, whichever table holds it, in one round trip. */
export async function findSubject(manager: EntityManager, id: string): Promise<Subject | null> {
  if (!isUUID(id)) return null;
  const [row]: {
    kind: Subject['kind'];
    account_id: string | null;
    line_kind: string | null;
    phone_number: string | null;
    assigned_person_id: string | null;
  }[] = await manager.query(
    `SELECT 'person' AS kind, NULL::uuid AS account_id, NULL AS line_kind, NULL AS phone_number, NULL::uuid AS assigned_person_id
         FROM person WHERE id = $1
       UNION ALL SELECT 'subscription', account_id, kind, phone_number, assigned_person_id FROM subscription WHERE id = $1
       UNION ALL SELECT 'contact', NULL, NULL, NULL, NULL FROM marketing_contact WHERE id = $1`,
    [id],
  );
  if (!row) return null;
  if (row.kind !== 'subscription') return { kind: row.kind, id };
  return {
    kind: 'subscription',
    id,
    subscription: {
      id,
      accountId: row.account_id as string,
      kind: row.line_kind as Subscription['kind'],
      phoneNumber: row.phone_number,
      assignedPersonId: row.assigned_person_id,
    },
  };
}

/** The subject of `subjectId`, or the caller's own person when it is omitted; NOT_FOUND when the caller may not see it. */
export async function subjectFor(
  manager: EntityManager,
  caller: PersonCaller,
  subjectId: string | null | undefined,
): Promise<{ subject: Subject; relation: Acting['actorKind'] | 'staff' }> {
  if (caller.staffRole && !subjectId)
    throw badUserInput('Staff act on a customer: give subjectId.', { field: 'subjectId' });
  // The caller's own person needs no lookup: the session proved it exists.
  if (!subjectId || subjectId === caller.personId) {
    return { subject: { kind: 'person', id: caller.personId }, relation: caller.staffRole ? 'staff' : 'subject' };
  }
  const subject = await findSubject(manager, subjectId);
  if (!subject) throw subjectNotFound();
  if (caller.staffRole) return { subject, relation: 'staff' };
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
