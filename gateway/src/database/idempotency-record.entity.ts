import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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

  /** The result, when it holds no personal data (preference states and pseudonymous ids). */
  @Column({ type: 'jsonb', nullable: true })
  result!: unknown;

  /** The data subject the request was about, when it may hold their data: an agent files for them. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** The result sealed with the subject's data key, when there is a subject. */
  @Column({ type: 'bytea', nullable: true })
  sealedResult!: Buffer | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
