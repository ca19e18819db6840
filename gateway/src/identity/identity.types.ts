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
    'ADMINISTRATOR manages every line of a customer number (business texts: access owner); USER only their own line (business: delegate user).',
  valuesConfig: {
    ADMINISTRATOR: { description: 'Manages every line of at least one customer number, and its people.' },
    USER: { description: 'A customer who manages their own choices and their own line only.' },
    DATA_PROTECTION_OFFICER: { description: 'Staff: works the request queue, the downstream systems and the ledger.' },
    CUSTOMER_SERVICE_AGENT: { description: 'Staff: records choices and requests for a customer on the phone.' },
  },
});

registerEnumType(MembershipRole, {
  name: 'AccountRole',
  description: "A person's role on one customer number.",
  valuesConfig: {
    ADMINISTRATOR: { description: 'Manages every line of the customer number (business: access owner).' },
    USER: { description: 'Manages their own line only (business: delegate user).' },
  },
});

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'PENDING until an access owner approves a delegate user of a business account.',
  valuesConfig: {
    PENDING: { description: 'Asked for, not approved yet: the person sees nothing of the account.' },
    ACTIVE: { description: 'In force.' },
  },
});

registerEnumType(AccountSegment, {
  name: 'AccountSegment',
  description: 'The kind of customer; business accounts have access owners and delegate users.',
  valuesConfig: {
    CONSUMER: { description: 'A household: one administrator, users with their own line.' },
    SMALL_BUSINESS: { description: 'A small business: access owners and delegate users.' },
    ENTERPRISE: { description: 'A large business: access owners and delegate users.' },
  },
});

registerEnumType(SubscriptionKind, {
  name: 'SubscriptionKind',
  description: 'The product a line is.',
  valuesConfig: {
    MOBILE: { description: 'A mobile line, with a phone number.' },
    FIXED_VOICE: { description: 'A fixed phone line, with a phone number.' },
    INTERNET: { description: 'A fixed internet connection.' },
    TV: { description: 'A TV subscription (decoder or app).' },
  },
});

/** GraphQL's `Subscription` is the real-time root, so the product is a `Line` in the schema (decision 15). */
@ObjectType('Line', {
  simpleResolvers: true,
  description:
    'A product under a customer number (mobile, fixed line, internet or TV); line-level choices are made on it. Called `Subscription` before decision 15.',
})
export class SubscriptionView {
  @Field(() => ID, { description: 'The line id: pass it as `subjectId` to read or change its own choices.' })
  id!: string;

  @Field(() => SubscriptionKind, { description: 'Which product it is.' })
  kind!: SubscriptionKind;

  @Field(() => String, { nullable: true, description: 'E.164 number of a mobile or fixed-voice line.' })
  phoneNumber!: string | null;

  @Field(() => Boolean, { description: 'The line is assigned to the signed-in person.' })
  assignedToMe!: boolean;
}

@ObjectType('CustomerAccount', {
  simpleResolvers: true,
  description: 'A customer number (the bill) and the lines under it.',
})
export class CustomerAccountView {
  @Field(() => ID, { description: 'The account id (stable; not the customer number).' })
  id!: string;

  @Field(() => String, { description: 'The 9-digit customer number.' })
  customerNumber!: string;

  @Field(() => AccountSegment, { description: 'Consumer or business (business accounts have delegate users).' })
  segment!: AccountSegment;

  @Field(() => String, { description: 'The name on the bill, such as "Smith family" or "Acme BV".' })
  name!: string;

  @Field(() => [SubscriptionView], {
    description: 'What the caller may see: every line for an administrator, their own line for a user.',
  })
  lines!: SubscriptionView[];

  @Field(() => [SubscriptionView], {
    description: 'The same as `lines`.',
    deprecationReason: 'Use `lines`: the product type is `Line` since decision 15.',
  })
  subscriptions!: SubscriptionView[];
}

@ObjectType('AccountAccess', { simpleResolvers: true, description: "A person's role on one customer number." })
export class AccountAccessView {
  @Field(() => ID, { description: 'The membership id.' })
  id!: string;

  @Field(() => CustomerAccountView, { description: 'The customer number, with the lines the person may see.' })
  account!: CustomerAccountView;

  @Field(() => MembershipRole, { description: 'What the person may manage on it.' })
  role!: MembershipRole;

  @Field(() => MembershipStatus, { description: 'PENDING until an access owner approves it.' })
  status!: MembershipStatus;
}

@ObjectType('Person', { simpleResolvers: true, description: 'The signed-in person.' })
export class PersonView {
  @Field(() => ID, { description: 'The person id: the subject of their person-level choices.' })
  id!: string;

  @Field(() => String, { description: 'The e-mail address they sign in with.' })
  email!: string;

  @Field(() => String, { description: 'Given name.' })
  firstName!: string;

  @Field(() => String, { description: 'Family name.' })
  lastName!: string;

  @Field(() => String, { description: 'Their language: nl, fr, de or en.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'The number that receives sign-in codes, masked.' })
  maskedMobileNumber!: string | null;

  @Field(() => Role, {
    description: 'Staff role for staff; otherwise ADMINISTRATOR when administrator of any customer number, else USER.',
  })
  role!: Role;

  @Field(() => [AccountAccessView], {
    description: 'Each customer number they have an active role on; a pending request is not shown.',
  })
  accounts!: AccountAccessView[];
}

@ObjectType('AccountMember', {
  simpleResolvers: true,
  description: 'A person with access to a customer number, as its administrators see them.',
})
export class AccountMemberView {
  @Field(() => ID, { description: 'The membership id, to approve a pending delegate user.' })
  id!: string;

  @Field(() => String, { description: 'Given name.' })
  firstName!: string;

  @Field(() => String, { description: 'Family name.' })
  lastName!: string;

  @Field(() => String, { description: 'Their sign-in e-mail address.' })
  email!: string;

  @Field(() => MembershipRole, { description: 'Their role on this customer number.' })
  role!: MembershipRole;

  @Field(() => MembershipStatus, { description: 'PENDING until approved with `approveAccountAccess`.' })
  status!: MembershipStatus;
}
