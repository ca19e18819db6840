import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';

export const RequestType = {
  ACCESS: 'access',
  EXPORT: 'export',
  ERASURE: 'erasure',
  RECTIFICATION: 'rectification',
  OBJECTION: 'objection',
  AUTOMATED_DECISION_REVIEW: 'automated-decision-review',
} as const;
export type RequestType = ValueOf<typeof RequestType>;

export const RequestStatus = {
  AWAITING_IDENTITY: 'awaiting-identity',
  IN_PROGRESS: 'in-progress',
  AWAITING_INFORMATION: 'awaiting-information',
  COMPLETED: 'completed',
  REJECTED: 'rejected',
} as const;
export type RequestStatus = ValueOf<typeof RequestStatus>;

/**
 * A data-subject request (GDPR Art. 15-22): its current state, derived from its events
 * (`request_event`) and kept here for the office's queue, with the deadline computed from them.
 */
@Entity({ name: 'data_subject_request' })
@Check('data_subject_request_type', oneOf('type', RequestType))
@Check('data_subject_request_status', oneOf('status', RequestStatus))
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
