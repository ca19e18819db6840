import { randomUUID, sign } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock.js';
import {
  type ChainHead,
  type CheckpointFields,
  checkpointBody,
  checkpointHash,
  noCheckpointHash,
  type PublishedCheckpoint,
} from './checkpoint-format.js';
import type { LedgerSigningKey } from './checkpoint-signing-key.js';
import { applyHeads } from './checkpoint-tree.js';
import { LedgerCheckpoint } from './ledger-checkpoint.entity.js';

/** Tells every downstream system of a new checkpoint, in the checkpoint's transaction (propagation's outbox). */
export type PublishCheckpoint = (
  manager: EntityManager,
  checkpoint: PublishedCheckpoint & { id: string },
) => Promise<void>;

export interface CheckpointerOptions {
  dataSource: DataSource;
  clock: Clock;
  key: LedgerSigningKey;
  publish: PublishCheckpoint;
  intervalSeconds: number;
  onError?: (error: unknown) => void;
}

/** Serializes the checkpointers of every gateway on one database. */
const checkpointLock = 0x6c656467;
/** How long appends may queue behind the checkpoint's lock at most. */
const lockTimeoutMs = 500;
const lockNotAvailable = '55P03';

export function publishedCheckpoint(row: LedgerCheckpoint): PublishedCheckpoint & { id: string } {
  return {
    id: row.id,
    number: row.number,
    previousHash: row.previousHash,
    root: row.root,
    subjects: row.subjects,
    position: row.position,
    signedAt: row.signedAt.toISOString(),
    keyId: row.keyId,
    signature: row.signature,
    hash: row.hash,
  };
}

/**
 * Signs checkpoints of the ledger (decision 12): every few seconds when the ledger moved, and on
 * the DPO's demand. Each covers the ledger up to a position below which every event is committed,
 * so no event is ever skipped; several gateways take turns through an advisory lock.
 */
export class Checkpointer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly options: CheckpointerOptions) {}

  start(): void {
    if (this.options.intervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .catch((error) => this.options.onError?.(error))
        .finally(() => {
          this.running = undefined;
        });
    }, this.options.intervalSeconds * 1_000);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Signs a checkpoint if the ledger moved since the last one (or there is none yet); null when nothing changed. */
  runOnce(): Promise<LedgerCheckpoint | null> {
    return this.options.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [checkpointLock]);
      const [latest] = await manager.find(LedgerCheckpoint, { order: { number: 'DESC' }, take: 1 });
      const from = latest?.position ?? '0';
      const [newest]: { position: string }[] = await manager.query(
        'SELECT coalesce(max(position), 0)::text AS position FROM preference_event',
      );
      if (latest && BigInt(newest?.position ?? 0) <= BigInt(from)) return null;
      const to = await this.settledPosition();
      if (to === null) return null;
      const heads: ChainHead[] = await manager.query(
        `SELECT DISTINCT ON (subject_id) subject_id AS "subjectId", sequence, hash FROM preference_event
         WHERE position > $1 AND position <= $2 ORDER BY subject_id, sequence DESC`,
        [from, to],
      );
      const { root, added } = await applyHeads(manager, heads);
      const fields: CheckpointFields = {
        number: (latest?.number ?? 0) + 1,
        previousHash: latest?.hash ?? noCheckpointHash,
        root,
        subjects: (latest?.subjects ?? 0) + added,
        position: to,
        signedAt: this.options.clock.now().toISOString(),
        keyId: this.options.key.keyId,
      };
      const row = manager.create(LedgerCheckpoint, {
        ...fields,
        id: randomUUID(),
        signedAt: new Date(fields.signedAt),
        signature: sign(null, checkpointBody(fields), this.options.key.privateKey).toString('base64'),
        hash: checkpointHash(fields),
      });
      await manager.insert(LedgerCheckpoint, row);
      await this.options.publish(manager, publishedCheckpoint(row));
      return row;
    });
  }

  /**
   * The newest ledger position below which every event is committed. Every append locks its
   * subject's chain head before it inserts the event and keeps the lock until commit; this lock
   * waits for those appends and holds new ones for one indexed read, so no event below the
   * position can still appear. Null when a long transaction holds the lock: writers are not kept
   * waiting behind it, and the next round tries again.
   */
  private async settledPosition(): Promise<string | null> {
    try {
      return await this.options.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '${lockTimeoutMs}ms'`);
        await manager.query('LOCK TABLE subject_chain_head IN EXCLUSIVE MODE');
        const [row]: { position: string }[] = await manager.query(
          'SELECT coalesce(max(position), 0)::text AS position FROM preference_event',
        );
        return row?.position ?? '0';
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === lockNotAvailable) return null;
      throw error;
    }
  }
}
