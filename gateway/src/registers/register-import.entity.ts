import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import type { RegisterName } from './register-entry.entity.js';

export const ImportStatus = { RUNNING: 'running', DONE: 'done', UNCHANGED: 'unchanged', FAILED: 'failed' } as const;
export type ImportStatus = ValueOf<typeof ImportStatus>;

/** One import of a register file: a background job whose progress the DPO follows. */
@Entity({ name: 'register_import' })
@Check('register_import_status', oneOf('status', ImportStatus))
@Index('register_import_latest', ['register', 'startedAt'])
export class RegisterImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  register!: RegisterName;

  /** SHA-256 of the file: the same file imported again changes nothing. */
  @Column({ type: 'text' })
  fileHash!: string;

  @Column({ type: 'text' })
  status!: ImportStatus;

  @Column({ type: 'integer' })
  totalLines!: number;

  @Column({ type: 'integer', default: 0 })
  processedLines!: number;

  @Column({ type: 'integer', default: 0 })
  rejectedLines!: number;

  @Column({ type: 'integer', default: 0 })
  added!: number;

  @Column({ type: 'integer', default: 0 })
  removed!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The file's lines while the import runs, sealed with the import's own data key; cleared when it ends. */
  @Column({ type: 'bytea', nullable: true, select: false })
  file!: Buffer | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
