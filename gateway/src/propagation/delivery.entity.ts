import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One event for one system: the proof that it was told (GDPR Art. 19). Webhook deliveries are
 * acknowledged by a 2xx; pull-feed systems acknowledge what they applied.
 */
@Entity({ name: 'delivery' })
@Unique('delivery_once', ['outboxEventId', 'systemId'])
@Index('delivery_due', ['nextAttemptAt'], { where: '"next_attempt_at" IS NOT NULL AND "failed_at" IS NULL' })
@Index('delivery_by_system_subject', ['systemId', 'subjectId', 'feedPosition'])
export class Delivery {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  outboxEventId!: string;

  @Column({ type: 'uuid' })
  systemId!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** The event's place in commit order (`propagation_event.position`): a system never gets a subject's next event before this one is acknowledged. */
  @Column({ type: 'bigint' })
  feedPosition!: string;

  /** Attempts since the delivery was last scheduled (a replay starts a new round); each one is a `delivery_attempt` row. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When the next webhook attempt is due; null when nothing is to be sent (acknowledged, parked, or a pull-feed system). */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** A relay is sending it until then; a relay that dies leaves it to the next after that. */
  @Column({ type: 'timestamptz', nullable: true })
  leasedUntil!: Date | null;

  /** The first time it reached the system; a replay never moves it. */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** The first acknowledgement (a webhook's 2xx, a pull system's acknowledgeDecisions); a replay never moves it. */
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** Set when it was parked (the retry schedule exhausted, or refused with a 4xx): listed as failed until the DPO replays it. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
