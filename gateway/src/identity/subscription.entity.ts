import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import { CustomerAccount } from './customer-account.entity.js';
import { Person } from './person.entity.js';

export const SubscriptionKind = {
  MOBILE: 'mobile',
  FIXED_VOICE: 'fixed-voice',
  INTERNET: 'internet',
  TV: 'tv',
} as const;
export type SubscriptionKind = ValueOf<typeof SubscriptionKind>;

export const Billing = { POSTPAID: 'postpaid', PREPAID: 'prepaid' } as const;
export type Billing = ValueOf<typeof Billing>;

/** A product under a customer number; a mobile line may be assigned to the person who uses it. */
@Entity({ name: 'subscription' })
@Check('subscription_kind', oneOf('kind', SubscriptionKind))
@Check('subscription_billing', oneOf('billing', Billing))
@Check('subscription_number_for_lines', `("kind" IN ('mobile', 'fixed-voice')) = ("phone_number" IS NOT NULL)`)
@Check('subscription_mobile_is_belgian', `"kind" <> 'mobile' OR "phone_number" ~ '^\\+324[0-9]{8}$'`)
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => CustomerAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: CustomerAccount;

  @Column({ type: 'text' })
  kind!: SubscriptionKind;

  /** E.164 number of a mobile or fixed-voice line. */
  @Index({ unique: true, where: '"phone_number" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  phoneNumber!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  assignedPersonId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_person_id' })
  assignedPerson?: Person;

  /** Pay&Go prepaid cards cannot make their holder administrator. */
  @Column({ type: 'text', default: 'postpaid' })
  billing!: Billing;

  @Column({ type: 'boolean', default: false })
  paidByEmployer!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
