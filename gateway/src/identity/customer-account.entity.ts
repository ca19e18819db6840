import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';

export const AccountSegment = {
  CONSUMER: 'consumer',
  SMALL_BUSINESS: 'small-business',
  ENTERPRISE: 'enterprise',
} as const;
export type AccountSegment = ValueOf<typeof AccountSegment>;

/** One customer number: a household (consumer) or a company (small business up to 9 employees, enterprise 10+). */
@Entity({ name: 'customer_account' })
@Check('customer_account_segment', oneOf('segment', AccountSegment))
@Check('customer_account_number_format', `"customer_number" ~ '^[0-9]{9}$'`)
export class CustomerAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  customerNumber!: string;

  @Column({ type: 'text' })
  segment!: AccountSegment;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

export function isBusiness(segment: AccountSegment): boolean {
  return segment !== 'consumer';
}
