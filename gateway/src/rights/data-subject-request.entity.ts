import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const requestTypes = [
  'access',
  'export',
  'erasure',
  'rectification',
  'objection',
  'automated-decision-review',
] as const;
export type RequestType = (typeof requestTypes)[number];

export const requestStatuses = [
  'awaiting-identity',
  'in-progress',
  'awaiting-information',
  'completed',
  'rejected',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * A data-subject request (GDPR Art. 15-22): its current state, derived from its events
 * (`request_event`) and kept here for the office's queue, with the deadline computed from them.
 */
@Entity({ name: 'data_subject_request' })
@Check('data_subject_request_type', `"type" IN (${requestTypes.map((t) => `'${t}'`).join(', ')})`)
@Check('data_subject_request_status', `"status" IN (${requestStatuses.map((s) => `'${s}'`).join(', ')})`)
@Index('data_subject_request_queue', ['status', 'dueAt'])
export class DataSubjectRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  type!: RequestType;

  @Column({ type: 'text' })
  status!: RequestStatus;

  /** The person or non-customer contact the request is about (pseudonymous id). */
  @Index()
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  subjectKind!: 'person' | 'contact';

  /**
   * What the person asked (the reason of an objection, the decision to review, the data to
   * correct), JSON sealed with the subject's data key.
   */
  @Column({ type: 'bytea' })
  details!: Buffer;

  @Column({ type: 'text' })
  filedThrough!: 'web' | 'phone';

  @Column({ type: 'uuid' })
  filedBy!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** When all needed information was in: the deadline runs from here. */
  @Column({ type: 'timestamptz', nullable: true })
  clockStartedAt!: Date | null;

  @Column({ type: 'bigint', default: 0 })
  pausedMs!: string;

  @Column({ type: 'timestamptz', nullable: true })
  pausedSince!: Date | null;

  @Column({ type: 'boolean', default: false })
  extended!: boolean;

  /** Null while no deadline runs (identity unconfirmed, or waiting for information). */
  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The answer: what was done, or why it was refused; sealed like the notes (`request-texts.ts`). */
  @Column({ type: 'bytea', nullable: true })
  outcome!: Buffer | null;
}
