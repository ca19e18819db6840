import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CustomerAccount } from './customer-account.entity.js';
import { Person } from './person.entity.js';

export const membershipRoles = ['administrator', 'user'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export type MembershipStatus = 'pending' | 'active';

/**
 * A person's role on one customer number. Consumer: one administrator, the others users.
 * Business: several administrators ("access owners") and users ("delegate users") whose
 * access an access owner approves, hence the pending status.
 */
@Entity({ name: 'account_membership' })
@Unique('account_membership_once', ['accountId', 'personId'])
@Check('account_membership_role', `"role" IN ('administrator', 'user')`)
@Check('account_membership_status', `"status" IN ('pending', 'active')`)
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
