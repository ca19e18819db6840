import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One signed checkpoint of the ledger: the Merkle root over every subject's chain head (decision
 * 12). Append-only like the ledger; the same rows go to every downstream system.
 */
@Entity({ name: 'ledger_checkpoint' })
export class LedgerCheckpoint {
  /** 1, 2, 3… without gaps. */
  @PrimaryColumn({ type: 'integer' })
  number!: number;

  /** Its outbox event and webhook id. */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  previousHash!: string;

  @Column({ type: 'text' })
  root!: string;

  @Column({ type: 'integer' })
  subjects!: number;

  /** The ledger position up to which events are covered. */
  @Column({ type: 'bigint' })
  position!: string;

  @Column({ type: 'timestamptz' })
  signedAt!: Date;

  @Column({ type: 'text' })
  keyId!: string;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ type: 'text' })
  hash!: string;
}

/**
 * The chain heads of one bucket of subjects as of the latest checkpoint: 52-byte leaves sorted by
 * subject id. Only the latest state is kept, so a checkpoint writes the buckets it changed, not a
 * million rows.
 */
@Entity({ name: 'ledger_checkpoint_bucket' })
export class LedgerCheckpointBucket {
  @PrimaryColumn({ type: 'integer' })
  bucket!: number;

  @Column({ type: 'bytea' })
  leaves!: Buffer;
}

/** The nodes of the fixed tree over the 65,536 bucket roots as of the latest checkpoint; level 16 is the root. */
@Entity({ name: 'ledger_checkpoint_node' })
export class LedgerCheckpointNode {
  @PrimaryColumn({ type: 'smallint' })
  level!: number;

  @PrimaryColumn({ type: 'integer' })
  index!: number;

  @Column({ type: 'bytea' })
  hash!: Buffer;
}
