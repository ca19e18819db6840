import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { bucketCount, bucketOf, type ChainHead, headLeaf } from './checkpoint-format.js';
import { chainHash, genesisHash } from './ledger-hash.js';
import { leafHash, treeHash } from './merkle-tree.js';
import type { PreferenceEvent } from './preference-event.entity.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

const heads = new Map<string, ChainHead>();

/** Appends one valid event to each subject's chain, as the product would (a contact's objection). */
async function append(subjectIds: string[]): Promise<void> {
  for (const subjectId of subjectIds) {
    const head = heads.get(subjectId);
    const event: Omit<PreferenceEvent, 'position' | 'previousHash' | 'hash'> = {
      eventId: randomUUID(),
      subjectId,
      subjectKind: 'contact',
      sequence: (head?.sequence ?? 0) + 1,
      purpose: 'direct-marketing',
      channel: null,
      decision: 'objected',
      textVersion: null,
      language: null,
      actorKind: 'agent',
      actorId: null,
      collectionChannel: 'phone',
      occurredAt: gateway.clock.now(),
      idempotencyKey: null,
    };
    const previous = head?.hash ?? genesisHash;
    const hash = chainHash(previous, event);
    await gateway.dataSource.query(
      `WITH event AS (
         INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, decision, actor_kind,
           collection_channel, occurred_at, previous_hash, hash)
         VALUES ($1, $2, 'contact', $3, 'direct-marketing', 'objected', 'agent', 'phone', $4, $5, $6))
       INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash) VALUES ($2, $3, $6)
       ON CONFLICT (subject_id) DO UPDATE SET last_sequence = $3, last_hash = $6`,
      [event.eventId, subjectId, event.sequence, event.occurredAt, previous, hash],
    );
    heads.set(subjectId, { subjectId, sequence: event.sequence, hash });
  }
}

/** The root computed the slow way: every bucket from scratch, from what the test appended. */
function expectedRoot(): string {
  const buckets: ChainHead[][] = Array.from({ length: bucketCount }, () => []);
  for (const head of [...heads.values()].sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1))) {
    buckets[bucketOf(head.subjectId)]?.push(head);
  }
  return treeHash(buckets.map((bucket) => leafHash(treeHash(bucket.map((head) => leafHash(headLeaf(head))))))).toString(
    'hex',
  );
}

const verifyLedger = `query($subjectId: ID!) {
  verifyLedger(subjectId: $subjectId) { valid checkpointedSequence checkpointProblem }
}`;

describe('the checkpoint tree', () => {
  it('keeps the root of every chain head, round after round, and proves each one', async () => {
    gateway = await startTestGateway();
    heads.clear();
    // Twenty subjects share one bucket, the others spread over the buckets.
    const neighbours = Array.from({ length: 20 }, () => `abcd${randomUUID().slice(4)}`);
    const others = Array.from({ length: 150 }, () => randomUUID());
    const rounds = [
      [...neighbours, ...others],
      [...neighbours.slice(0, 7), ...others.slice(0, 40)],
      neighbours.slice(5, 12),
    ];
    for (const [round, subjectIds] of rounds.entries()) {
      gateway.clock.advanceMinutes(1);
      await append(subjectIds);
      const checkpoint = await gateway.checkpointer.runOnce();
      expect(checkpoint).toMatchObject({ number: round + 1, subjects: heads.size, root: expectedRoot() });
    }
    const dpo = await gateway.signIn('dpo@example.com');
    for (const subjectId of [...neighbours, ...others.slice(0, 10)]) {
      const response = await gateway.graphql(verifyLedger, { subjectId }, { token: dpo });
      expect(response.data?.verifyLedger).toEqual({
        valid: true,
        checkpointedSequence: heads.get(subjectId)?.sequence,
        checkpointProblem: null,
      });
    }
  });
});
