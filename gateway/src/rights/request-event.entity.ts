import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type RequestStep =
  | 'filed'
  | 'identity-confirmed'
  | 'assigned'
  | 'information-requested'
  | 'information-replied'
  | 'information-received'
  | 'extended'
  | 'completed'
  | 'rejected';

/** One step in a request's life: who did what, when, and why. */
@Entity({ name: 'request_event' })
@Index('request_event_history', ['requestId', 'id'])
export class RequestEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'text' })
  step!: RequestStep;

  @Column({ type: 'uuid' })
  actorId!: string;

  /** Sealed (`request-texts.ts`): an office note may name the person. */
  @Column({ type: 'bytea', nullable: true })
  note!: Buffer | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
