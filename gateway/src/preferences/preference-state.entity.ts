import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActorKind, Decision, SubjectKind } from './preference-event.entity.js';

/**
 * The projection: the latest decision per subject, purpose and channel, written in the same
 * transaction as the event and rebuildable from the ledger (`pnpm --filter ./gateway projection:rebuild`).
 * A missing row means "the legal basis's default".
 */
@Entity({ name: 'preference_state' })
export class PreferenceState {
  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  @PrimaryColumn({ type: 'text' })
  purpose!: string;

  /** '' for the purpose as a whole (a primary key cannot hold null). */
  @PrimaryColumn({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  subjectKind!: SubjectKind;

  @Column({ type: 'boolean' })
  allowed!: boolean;

  @Column({ type: 'text' })
  decision!: Decision;

  @Column({ type: 'text' })
  actorKind!: ActorKind;

  @Column({ type: 'integer', nullable: true })
  textVersion!: number | null;

  @Column({ type: 'uuid' })
  lastEventId!: string;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;
}
