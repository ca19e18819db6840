import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per ledger event, written in the same statement, in the shape of Debezium's outbox
 * event router (`id`, `aggregatetype`, `aggregateid`, `type`, `payload`): an operator who
 * outgrows webhooks streams this table into Kafka with no code change. The payload holds no
 * personal data; identifiers are looked up when a system is told. It is INSERT-only (what
 * happened to a row downstream lives in propagation's own tables), so Debezium's outbox router
 * reads it without warnings.
 */
@Entity({ name: 'outbox_event' })
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

  /** Insert order. Rows commit in another order: the feed's order is `propagation_event.position`. */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  position!: string;

  /**
   * The writing transaction (`pg_current_xact_id()`): every row of a transaction older than the
   * oldest one still running is committed or gone, which is how the sequencer knows how far it has seen.
   */
  @Index('outbox_event_transaction')
  @Column({ type: 'bigint', default: () => 'current_transaction_id()' })
  transactionId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
