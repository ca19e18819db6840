import type { EntityManager } from 'typeorm';
import { AccountMembership } from './account-membership.entity.js';
import { Subscription } from './subscription.entity.js';

/**
 * How a person relates to a line: it is assigned to them, or they administer its account.
 * A user of the account who is neither learns nothing of the line.
 */
export type LineRelation = 'assigned' | 'administrator';

export async function lineRelation(
  manager: EntityManager,
  personId: string,
  subscription: Pick<Subscription, 'accountId' | 'assignedPersonId'>,
): Promise<LineRelation | null> {
  if (subscription.assignedPersonId === personId) return 'assigned';
  const administers = await manager.exists(AccountMembership, {
    where: { personId, accountId: subscription.accountId, role: 'administrator', status: 'active' },
  });
  return administers ? 'administrator' : null;
}

/** Every line a person may see: all lines of the accounts they administer, and the lines assigned to them. */
export async function linesVisibleTo(manager: EntityManager, personId: string): Promise<Subscription[]> {
  return manager
    .createQueryBuilder(Subscription, 'subscription')
    .where('subscription.assigned_person_id = :personId', { personId })
    .orWhere(
      `subscription.account_id IN (SELECT account_id FROM account_membership
        WHERE person_id = :personId AND role = 'administrator' AND status = 'active')`,
      { personId },
    )
    .orderBy('subscription.kind')
    .addOrderBy('subscription.phone_number')
    .getMany();
}
