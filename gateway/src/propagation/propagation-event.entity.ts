import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An outbox event in the order it committed: the pull feed's cursor and the order in which each
 * system receives a subject's events. Written by one serialized step (the sequencer) after the
 * event committed, so a reader following `position` never skips an event that committed late.
 */
@Entity({ name: 'propagation_event' })
export class PropagationEvent {
  @PrimaryColumn({ type: 'bigint' })
  position!: string;

  @Index('propagation_event_once', { unique: true })
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'timestamptz' })
  sequencedAt!: Date;
}

/**
 * The sequencer's one row: locking it serializes sequencing across gateways; `horizon` is the
 * oldest transaction that was still running when it last looked, where the next look starts.
 */
@Entity({ name: 'propagation_sequencer' })
export class PropagationSequencer {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint' })
  horizon!: string;
}
