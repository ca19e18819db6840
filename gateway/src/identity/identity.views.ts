import type { AccountMembership } from './account-membership.entity.js';
import type { CustomerAccount } from './customer-account.entity.js';
import { AccountAccessView, AccountMemberView, CustomerAccountView, SubscriptionView } from './identity.types.js';
import type { KnownPerson } from './people.js';
import type { Subscription } from './subscription.entity.js';

export function subscriptionView(
  subscription: Pick<Subscription, 'id' | 'kind' | 'phoneNumber' | 'assignedPersonId'>,
  personId: string,
): SubscriptionView {
  return Object.assign(new SubscriptionView(), {
    id: subscription.id,
    kind: subscription.kind,
    phoneNumber: subscription.phoneNumber,
    assignedToMe: subscription.assignedPersonId === personId,
  });
}

export function accountAccessView(
  membership: AccountMembership,
  account: CustomerAccount,
  subscriptions: SubscriptionView[],
): AccountAccessView {
  return Object.assign(new AccountAccessView(), {
    id: membership.id,
    role: membership.role,
    status: membership.status,
    account: Object.assign(new CustomerAccountView(), {
      id: account.id,
      customerNumber: account.customerNumber,
      segment: account.segment,
      name: account.name,
      lines: subscriptions,
      subscriptions,
    }),
  });
}

export function accountMemberView(membership: AccountMembership, person: KnownPerson): AccountMemberView {
  return Object.assign(new AccountMemberView(), {
    id: membership.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    role: membership.role,
    status: membership.status,
  });
}
