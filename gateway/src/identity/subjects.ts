import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { badUserInput, DomainError } from '../common/errors.js';
import { wasErased } from '../common/outbox.js';
import type { Subscription } from './subscription.entity.js';
import { lineRelation } from './subscription-access.js';

/** Whom a choice is about: a person, one of their lines (with what the rules need of it), or a non-customer contact. */
export type Subject =
  | { kind: 'person'; id: string }
  | { kind: 'subscription'; id: string; subscription: LineFacts }
  | { kind: 'contact'; id: string };

/** How the caller stands to a subject: it is theirs (or their line), they administer it, or they are staff. */
export type SubjectRelation = 'subject' | 'administrator' | 'staff';

export function subjectNotFound(): DomainError {
  return new DomainError('NOT_FOUND', 'No such person, line or contact among those you may see.');
}

export type LineFacts = Pick<Subscription, 'id' | 'accountId' | 'kind' | 'phoneNumber' | 'assignedPersonId'>;

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
): Promise<{ subject: Subject; relation: SubjectRelation }> {
  if (caller.staffRole && !subjectId)
    throw badUserInput('Staff act on a customer: give subjectId.', { field: 'subjectId' });
  // The caller's own person needs no lookup: the session proved it exists.
  if (!subjectId || subjectId === caller.personId) {
    return { subject: { kind: 'person', id: caller.personId }, relation: caller.staffRole ? 'staff' : 'subject' };
  }
  const subject = await findSubject(manager, subjectId);
  if (!subject) {
    // The office still answers for an erased subject: its pseudonymous id opens the ledger and the
    // proof of delivery, which the erasure keeps. Nothing of who it was is left, so it reads as a person.
    if (caller.staffRole === 'data-protection-officer' && isUUID(subjectId) && (await wasErased(manager, subjectId))) {
      return { subject: { kind: 'person', id: subjectId }, relation: 'staff' };
    }
    throw subjectNotFound();
  }
  if (caller.staffRole) return { subject, relation: 'staff' };
  if (subject.kind === 'subscription') {
    const relation = await lineRelation(manager, caller.personId, subject.subscription);
    if (relation === 'assigned') return { subject, relation: 'subject' };
    if (relation === 'administrator') return { subject, relation: 'administrator' };
  }
  throw subjectNotFound();
}
