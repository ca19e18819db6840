import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import { CustomerAccount } from './customer-account.entity.js';
import { Person } from './person.entity.js';

export const MembershipRole = { ADMINISTRATOR: 'administrator', USER: 'user' } as const;
export type MembershipRole = ValueOf<typeof MembershipRole>;

export const MembershipStatus = { PENDING: 'pending', ACTIVE: 'active' } as const;
export type MembershipStatus = ValueOf<typeof MembershipStatus>;

/**
 * A person's role on one customer number. Consumer: one administrator, the others users.
 * Business: several administrators ("access owners") and users ("delegate users") whose
 * access an access owner approves, hence the pending status.
 */
@Entity({ name: 'account_membership' })
@Unique('account_membership_once', ['accountId', 'personId'])
@Check('account_membership_role', oneOf('role', MembershipRole))
@Check('account_membership_status', oneOf('status', MembershipStatus))
export class AccountMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => CustomerAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: CustomerAccount;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @Column({ type: 'text' })
  status!: MembershipStatus;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedByPersonId!: string | null;
}
