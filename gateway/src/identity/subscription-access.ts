import type { EntityManager } from 'typeorm';
import { Subscription } from './subscription.entity.js';

/**
 * SQL: the ids of every line person `person` (a parameter such as `$1` or `:personId`) may see:
 * the lines assigned to them and all lines of the accounts they actively administer. The one
 * statement of this rule, for the ORM paths below and the raw read models alike.
 */
export function visibleLineIds(person: string): string {
  // Two index scans joined by UNION: written as one WHERE with OR, the planner can only filter
  // every line of the operator one by one (6 s a read with 1,000,000 customers, `pnpm bench`).
  return `SELECT assigned.id FROM subscription assigned WHERE assigned.assigned_person_id = ${person}
     UNION SELECT administered.id FROM subscription administered
       JOIN account_membership membership ON membership.account_id = administered.account_id
       WHERE membership.person_id = ${person} AND membership.role = 'administrator' AND membership.status = 'active'`;
}

/**
 * How a person relates to a line: it is assigned to them, or they administer its account.
 * A user of the account who is neither learns nothing of the line.
 */
export type LineRelation = 'assigned' | 'administrator';

export async function lineRelation(
  manager: EntityManager,
  personId: string,
  subscription: Pick<Subscription, 'id' | 'assignedPersonId'>,
): Promise<LineRelation | null> {
  if (subscription.assignedPersonId === personId) return 'assigned';
  const [row]: { visible: boolean }[] = await manager.query(`SELECT $2::uuid IN (${visibleLineIds('$1')}) AS visible`, [
    personId,
    subscription.id,
  ]);
  return row?.visible ? 'administrator' : null;
}

/** Every line a person may see: all lines of the accounts they administer, and the lines assigned to them. */
export async function linesVisibleTo(manager: EntityManager, personId: string): Promise<Subscription[]> {
  return manager
    .createQueryBuilder(Subscription, 'subscription')
    .where(`subscription.id IN (${visibleLineIds(':personId')})`, { personId })
    .orderBy('subscription.kind')
    .addOrderBy('subscription.phone_number')
    .getMany();
}

/**
 * Who sees a subject's choices: the person themself, or for a line the person it is assigned to
 * and the administrators of its account (the rule of `linesVisibleTo`, read the other way).
 */
export async function peopleWhoSee(manager: EntityManager, subjectId: string): Promise<string[]> {
  const rows: { person_id: string }[] = await manager.query(
    `SELECT id AS person_id FROM person WHERE id = $1
     UNION SELECT assigned_person_id FROM subscription WHERE id = $1 AND assigned_person_id IS NOT NULL
     UNION SELECT membership.person_id FROM subscription line
       JOIN account_membership membership ON membership.account_id = line.account_id
       WHERE line.id = $1 AND membership.role = 'administrator' AND membership.status = 'active'`,
    [subjectId],
  );
  return rows.map((row) => row.person_id);
}
