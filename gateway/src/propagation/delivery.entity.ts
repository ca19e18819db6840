import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One event for one system: the proof that it was told (GDPR Art. 19). Webhook deliveries are
 * acknowledged by a 2xx; pull-feed systems acknowledge what they applied.
 */
@Entity({ name: 'delivery' })
@Unique('delivery_once', ['outboxEventId', 'systemId'])
@Index('delivery_due', ['nextAttemptAt'], { where: '"acknowledged_at" IS NULL AND "failed_at" IS NULL' })
@Index('delivery_by_system_subject', ['systemId', 'subjectId', 'subjectSequence'])
export class Delivery {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  outboxEventId!: string;

  @Column({ type: 'uuid' })
  systemId!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** The event's place in its subject's chain: a system never gets n+1 before n is acknowledged. */
  @Column({ type: 'integer' })
  subjectSequence!: number;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** A relay is sending it until then; a relay that dies leaves it to the next after that. */
  @Column({ type: 'timestamptz', nullable: true })
  leasedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** Set when the retry schedule is exhausted: listed as failed until the DPO replays it. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
