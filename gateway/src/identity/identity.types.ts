import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '../common/caller.js';
import type { ValueOf } from '../common/domain-list.js';
import { MembershipRole, MembershipStatus } from './account-membership.entity.js';
import { AccountSegment } from './customer-account.entity.js';
import { SubscriptionKind } from './subscription.entity.js';

/** A person's overall role: their role on an account, or their staff role. */
export const Role = { ...MembershipRole, ...StaffRole } as const;
export type Role = ValueOf<typeof Role>;
registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMINISTRATOR manages every subscription of a customer number (business texts: access owner); USER only their own line (business: delegate user).',
});

registerEnumType(MembershipRole, { name: 'AccountRole' });

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'PENDING until an access owner approves a delegate user of a business account.',
});

registerEnumType(AccountSegment, { name: 'AccountSegment' });

registerEnumType(SubscriptionKind, { name: 'SubscriptionKind' });

@ObjectType('Line', { simpleResolvers: true, description: 'A product under a customer number.' })
export class SubscriptionView {
  @Field(() => ID)
  id!: string;

  @Field(() => SubscriptionKind)
  kind!: SubscriptionKind;

  @Field(() => String, { nullable: true, description: 'E.164 number of a mobile or fixed-voice line.' })
  phoneNumber!: string | null;

  @Field(() => Boolean, { description: 'The line is assigned to the signed-in person.' })
  assignedToMe!: boolean;
}

@ObjectType('CustomerAccount', { simpleResolvers: true })
export class CustomerAccountView {
  @Field(() => String, { description: 'The 9-digit customer number.' })
  customerNumber!: string;

  @Field(() => AccountSegment)
  segment!: AccountSegment;

  @Field(() => String)
  name!: string;

  @Field(() => [SubscriptionView], {
    description: 'What the caller may see: every subscription for an administrator, their own line for a user.',
  })
  subscriptions!: SubscriptionView[];
}

@ObjectType('AccountAccess', { simpleResolvers: true, description: "A person's role on one customer number." })
export class AccountAccessView {
  @Field(() => ID)
  id!: string;

  @Field(() => CustomerAccountView)
  account!: CustomerAccountView;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;
}

@ObjectType('Person', { simpleResolvers: true, description: 'The signed-in person.' })
export class PersonView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'nl, fr, de or en.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'The number that receives sign-in codes, masked.' })
  maskedMobileNumber!: string | null;

  @Field(() => Role, {
    description: 'Staff role for staff; otherwise ADMINISTRATOR when administrator of any customer number, else USER.',
  })
  role!: Role;

  @Field(() => [AccountAccessView])
  accounts!: AccountAccessView[];
}

@ObjectType('AccountMember', {
  simpleResolvers: true,
  description: 'A person with access to a customer number, as its administrators see them.',
})
export class AccountMemberView {
  @Field(() => ID, { description: 'The membership id, to approve a pending delegate user.' })
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;
}
