import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';

export const ExportStatus = { BUILDING: 'building', READY: 'ready', FAILED: 'failed' } as const;
export type ExportStatus = ValueOf<typeof ExportStatus>;

/**
 * The archive of a portability request (GDPR Art. 20): JSON and CSV in one zip, built in the
 * background, downloadable by the person for 7 days, then deleted.
 */
@Entity({ name: 'export_archive' })
@Check('export_archive_status', oneOf('status', ExportStatus))
export class ExportArchive {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  requestId!: string;

  /** Indexed: an access, export or erasure request finds the subject's archives by it. */
  @Index('export_archive_by_subject')
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  status!: ExportStatus;

  /** 0 to 1. */
  @Column({ type: 'real', default: 0 })
  progress!: number;

  /** The zip, sealed with the subject's data key. */
  @Column({ type: 'bytea', nullable: true })
  archive!: Buffer | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
