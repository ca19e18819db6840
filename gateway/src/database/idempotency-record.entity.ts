import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A mutation's idempotency key, with a hash of its input and the result it returned: the same
 * key with the same input returns that result and writes nothing; with another input, CONFLICT.
 */
@Entity({ name: 'idempotency_record' })
export class IdempotencyRecord {
  /** Keys are per caller: two people may pick the same key. */
  @PrimaryColumn({ type: 'text' })
  scope!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  requestHash!: string;

  @Column({ type: 'jsonb', nullable: true })
  result!: unknown;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
