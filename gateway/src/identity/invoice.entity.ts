import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A bill of a customer number: the billing data the law makes the operator keep (10 years, tax
 * and accounting law), which an erasure therefore leaves in place and names in its answer.
 */
@Entity({ name: 'invoice' })
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId!: string;

  /** Such as 2026-10. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'integer' })
  amountCents!: number;

  @Column({ type: 'text' })
  addresseeName!: string;

  @Column({ type: 'text' })
  addresseeEmail!: string;

  /** The numbers billed on it. */
  @Column({ type: 'text', array: true })
  numbers!: string[];

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;
}
