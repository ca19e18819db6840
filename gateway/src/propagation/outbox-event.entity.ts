import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per ledger event, written in the same statement, in the shape of Debezium's outbox
 * event router (`id`, `aggregatetype`, `aggregateid`, `type`, `payload`): an operator who
 * outgrows webhooks streams this table into Kafka with no code change. The payload holds no
 * personal data; identifiers are looked up when a system is told.
 */
@Entity({ name: 'outbox_event' })
@Index('outbox_event_to_fan_out', ['position'], { where: '"fanned_out_at" IS NULL' })
export class OutboxEvent {
  /** The ledger event's id; also the `webhook-id` of every delivery of it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', name: 'aggregatetype' })
  aggregateType!: string;

  /** The subject: Kafka's message key, so that order per subject holds in a partition. */
  @Column({ type: 'text', name: 'aggregateid' })
  aggregateId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Global order: the relay's and the pull feed's cursor. */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  position!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the relay created the deliveries of this event. */
  @Column({ type: 'timestamptz', nullable: true })
  fannedOutAt!: Date | null;
}
