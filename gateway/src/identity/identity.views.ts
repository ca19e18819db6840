import type { AccountMembership } from './account-membership.entity.js';
import type { CustomerAccount } from './customer-account.entity.js';
import {
  AccountAccessView,
  AccountMemberView,
  type AccountRole,
  type AccountSegmentValue,
  CustomerAccountView,
  type MembershipStatus,
  type SubscriptionKindValue,
  SubscriptionView,
} from './identity.types.js';
import type { KnownPerson } from './people.js';
import type { Subscription } from './subscription.entity.js';

// The GraphQL enums carry the same strings as the entities; these casts only cross that naming.

export function subscriptionView(
  subscription: Pick<Subscription, 'id' | 'kind' | 'phoneNumber' | 'assignedPersonId'>,
  personId: string,
): SubscriptionView {
  return Object.assign(new SubscriptionView(), {
    id: subscription.id,
    kind: subscription.kind as SubscriptionKindValue,
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
    role: membership.role as AccountRole,
    status: membership.status as MembershipStatus,
    account: Object.assign(new CustomerAccountView(), {
      id: account.id,
      customerNumber: account.customerNumber,
      segment: account.segment as AccountSegmentValue,
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
    role: membership.role as AccountRole,
    status: membership.status as MembershipStatus,
  });
}
