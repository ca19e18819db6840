import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum Role {
  ADMINISTRATOR = 'administrator',
  USER = 'user',
  DATA_PROTECTION_OFFICER = 'data-protection-officer',
  CUSTOMER_SERVICE_AGENT = 'customer-service-agent',
}
registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMINISTRATOR manages every subscription of a customer number (business texts: access owner); USER only their own line (business: delegate user).',
});

export enum AccountRole {
  ADMINISTRATOR = 'administrator',
  USER = 'user',
}
registerEnumType(AccountRole, { name: 'AccountRole' });

export enum MembershipStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'PENDING until an access owner approves a delegate user of a business account.',
});

export enum AccountSegmentValue {
  CONSUMER = 'consumer',
  SMALL_BUSINESS = 'small-business',
  ENTERPRISE = 'enterprise',
}
registerEnumType(AccountSegmentValue, { name: 'AccountSegment' });

export enum SubscriptionKindValue {
  MOBILE = 'mobile',
  FIXED_VOICE = 'fixed-voice',
  INTERNET = 'internet',
  TV = 'tv',
}
registerEnumType(SubscriptionKindValue, { name: 'SubscriptionKind' });

@ObjectType('Line', { simpleResolvers: true, description: 'A product under a customer number.' })
export class SubscriptionView {
  @Field(() => ID)
  id!: string;

  @Field(() => SubscriptionKindValue)
  kind!: SubscriptionKindValue;

  @Field(() => String, { nullable: true, description: 'E.164 number of a mobile or fixed-voice line.' })
  phoneNumber!: string | null;

  @Field(() => Boolean, { description: 'The line is assigned to the signed-in person.' })
  assignedToMe!: boolean;
}

@ObjectType('CustomerAccount', { simpleResolvers: true })
export class CustomerAccountView {
  @Field(() => String, { description: 'The 9-digit customer number.' })
  customerNumber!: string;

  @Field(() => AccountSegmentValue)
  segment!: AccountSegmentValue;

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

  @Field(() => AccountRole)
  role!: AccountRole;

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

  @Field(() => AccountRole)
  role!: AccountRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;
}
