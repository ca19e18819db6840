import type { DataSource } from 'typeorm';
import { checkpointHash, type InclusionProof, noCheckpointHash } from './checkpoint-format.js';
import { inclusionProof } from './checkpoint-tree.js';
import { publishedCheckpoint } from './checkpointer.js';
import { LedgerCheckpoint } from './ledger-checkpoint.entity.js';

export interface SubjectInCheckpoint {
  checkpoint: LedgerCheckpoint;
  /** Null when the checkpoint's tree does not hold the subject. */
  proof: InclusionProof | null;
  /** The hash recomputed from the checkpoint before it, as stored; null when that one is missing. */
  previousHash: string | null;
}

/**
 * The newest checkpoint and the subject's proof in it, read in one snapshot (a checkpoint and its
 * tree commit together). Read it before the subject's events: every event it covers is committed.
 */
export function latestInclusion(dataSource: DataSource, subjectId: string): Promise<SubjectInCheckpoint | null> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const [checkpoint, before] = await manager.find(LedgerCheckpoint, { order: { number: 'DESC' }, take: 2 });
    if (!checkpoint) return null;
    const previousHash =
      checkpoint.number === 1
        ? noCheckpointHash
        : before?.number === checkpoint.number - 1
          ? checkpointHash(publishedCheckpoint(before))
          : null;
    return { checkpoint, proof: await inclusionProof(manager, subjectId), previousHash };
  });
}

/** Whether a ledger position is covered by a checkpoint. */
export function coveredBy(position: string, checkpoint: LedgerCheckpoint): boolean {
  return BigInt(position) <= BigInt(checkpoint.position);
}
