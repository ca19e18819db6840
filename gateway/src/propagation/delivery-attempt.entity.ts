import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../common/domain-list.js';

/** What the relay did after an attempt: one list for the column, its check and the GraphQL enum. */
export enum AttemptOutcome {
  ACKNOWLEDGED = 'acknowledged',
  RETRY = 'retry',
  PARKED = 'parked',
  ENDPOINT_GONE = 'endpoint-gone',
}

/**
 * One attempt to send one delivery: the history of the proof. Rows are only ever added: a
 * replay adds attempts, it never rewrites what happened before.
 */
@Entity({ name: 'delivery_attempt' })
@Index('delivery_attempt_of_delivery', ['deliveryId', 'attemptedAt'])
@Check('delivery_attempt_outcome', oneOf('outcome', AttemptOutcome))
export class DeliveryAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint' })
  deliveryId!: string;

  @Column({ type: 'timestamptz' })
  attemptedAt!: Date;

  /** The receiver's HTTP status; null when none came (timeout, refused connection). */
  @Column({ type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'integer' })
  latencyMs!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** Standard Webhooks semantics: done, retry later, park, or disable the endpoint. */
  @Column({ type: 'text' })
  outcome!: AttemptOutcome;
}
