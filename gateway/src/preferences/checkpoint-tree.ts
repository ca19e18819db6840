import type { EntityManager } from 'typeorm';
import { bucketCount, bucketOf, type ChainHead, headLeaf, type InclusionProof } from './checkpoint-format.js';
import { auditPath, emptyTreeHash, leafHash, nodeHash, treeHash } from './merkle-tree.js';

/**
 * The tree of the latest checkpoint, kept in two small tables so that a checkpoint costs what
 * changed, not the number of subjects: each bucket's sorted leaves, and the nodes of the fixed
 * 16-level tree over the bucket roots. Absent rows are empty buckets and empty subtrees.
 */
const depth = Math.log2(bucketCount);
const leafSize = 52;
const chunk = 5_000;

/** The hash of an empty subtree at each level: level 0 is an empty bucket's leaf hash. */
const emptyNodes: Buffer[] = [leafHash(emptyTreeHash)];
for (let level = 0; level < depth; level++) {
  const below = emptyNodes[level] as Buffer;
  emptyNodes.push(nodeHash(below, below));
}

function parseLeaves(leaves: Buffer): ChainHead[] {
  const heads: ChainHead[] = [];
  for (let offset = 0; offset < leaves.length; offset += leafSize) {
    const id = leaves.subarray(offset, offset + 16).toString('hex');
    heads.push({
      subjectId: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`,
      sequence: leaves.readUInt32BE(offset + 16),
      hash: leaves.subarray(offset + 20, offset + leafSize).toString('hex'),
    });
  }
  return heads;
}

function leafHashes(heads: ChainHead[]): Buffer[] {
  return heads.map((head) => leafHash(headLeaf(head)));
}

async function readBuckets(manager: EntityManager, buckets: number[]): Promise<Map<number, ChainHead[]>> {
  const found = new Map<number, ChainHead[]>();
  for (let start = 0; start < buckets.length; start += chunk) {
    const rows: { bucket: number; leaves: Buffer }[] = await manager.query(
      'SELECT bucket, leaves FROM ledger_checkpoint_bucket WHERE bucket = ANY($1::int[])',
      [buckets.slice(start, start + chunk)],
    );
    for (const row of rows) found.set(row.bucket, parseLeaves(row.leaves));
  }
  return found;
}

async function readNodes(manager: EntityManager, level: number, indexes: number[]): Promise<Map<number, Buffer>> {
  const found = new Map<number, Buffer>();
  for (let start = 0; start < indexes.length; start += chunk) {
    const rows: { index: number; hash: Buffer }[] = await manager.query(
      'SELECT index, hash FROM ledger_checkpoint_node WHERE level = $1 AND index = ANY($2::int[])',
      [level, indexes.slice(start, start + chunk)],
    );
    for (const row of rows) found.set(row.index, row.hash);
  }
  return found;
}

/**
 * Moves the tree to these chain heads (each a subject's newest event since the last checkpoint)
 * and returns the new root and how many subjects are new to the tree.
 */
export async function applyHeads(manager: EntityManager, heads: ChainHead[]): Promise<{ root: string; added: number }> {
  const changed = new Map<number, ChainHead[]>();
  for (const head of heads)
    changed.set(bucketOf(head.subjectId), [...(changed.get(bucketOf(head.subjectId)) ?? []), head]);
  const stored = await readBuckets(manager, [...changed.keys()]);
  let added = 0;
  const buckets: { bucket: number; leaves: string }[] = [];
  let level = new Map<number, Buffer>();
  for (const [bucket, newer] of changed) {
    const merged = new Map((stored.get(bucket) ?? []).map((head) => [head.subjectId, head]));
    for (const head of newer) {
      if (!merged.has(head.subjectId)) added += 1;
      merged.set(head.subjectId, head);
    }
    const sorted = [...merged.values()].sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
    buckets.push({ bucket, leaves: Buffer.concat(sorted.map(headLeaf)).toString('hex') });
    level.set(bucket, leafHash(treeHash(leafHashes(sorted))));
  }
  const nodes: { level: number; index: number; hash: string }[] = [];
  for (let height = 0; height <= depth; height++) {
    for (const [index, hash] of level) nodes.push({ level: height, index, hash: hash.toString('hex') });
    if (height === depth) break;
    const parents = [...new Set([...level.keys()].map((index) => index >> 1))];
    const missing = parents.flatMap((parent) => [parent * 2, parent * 2 + 1]).filter((index) => !level.has(index));
    const siblings = await readNodes(manager, height, missing);
    const hashAt = (index: number) => level.get(index) ?? siblings.get(index) ?? (emptyNodes[height] as Buffer);
    level = new Map(parents.map((parent) => [parent, nodeHash(hashAt(parent * 2), hashAt(parent * 2 + 1))]));
  }
  await upsert(
    manager,
    buckets,
    (rows) => [rows.map((row) => row.bucket), rows.map((row) => row.leaves)],
    `INSERT INTO ledger_checkpoint_bucket (bucket, leaves)
     SELECT bucket, decode(leaves, 'hex') FROM unnest($1::int[], $2::text[]) AS changed (bucket, leaves)
     ON CONFLICT (bucket) DO UPDATE SET leaves = EXCLUDED.leaves`,
  );
  await upsert(
    manager,
    nodes,
    (rows) => [rows.map((row) => row.level), rows.map((row) => row.index), rows.map((row) => row.hash)],
    `INSERT INTO ledger_checkpoint_node (level, index, hash)
     SELECT level, index, decode(hash, 'hex') FROM unnest($1::smallint[], $2::int[], $3::text[]) AS changed (level, index, hash)
     ON CONFLICT (level, index) DO UPDATE SET hash = EXCLUDED.hash`,
  );
  const root = level.get(0) ?? (await readNodes(manager, depth, [0])).get(0) ?? (emptyNodes[depth] as Buffer);
  return { root: root.toString('hex'), added };
}

async function upsert<Row>(
  manager: EntityManager,
  rows: Row[],
  columns: (rows: Row[]) => unknown[],
  sql: string,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk)
    await manager.query(sql, columns(rows.slice(start, start + chunk)));
}

/** The proof of one subject's head in the latest checkpoint's tree, or null when the tree does not hold it. */
export async function inclusionProof(manager: EntityManager, subjectId: string): Promise<InclusionProof | null> {
  const bucket = bucketOf(subjectId);
  const heads = (await readBuckets(manager, [bucket])).get(bucket) ?? [];
  const leafIndex = heads.findIndex((head) => head.subjectId === subjectId);
  const leaf = heads[leafIndex];
  if (!leaf) return null;
  const rows: { level: number; hash: Buffer }[] = await manager.query(
    `SELECT node.level, node.hash FROM ledger_checkpoint_node node
     JOIN unnest($1::smallint[], $2::int[]) AS sibling (level, index) USING (level, index)`,
    [
      Array.from({ length: depth }, (_, level) => level),
      Array.from({ length: depth }, (_, level) => (bucket >> level) ^ 1),
    ],
  );
  const siblings = new Map(rows.map((row) => [row.level, row.hash]));
  return {
    leaf,
    bucket,
    leafIndex,
    bucketSize: heads.length,
    bucketPath: auditPath(leafHashes(heads), leafIndex).map((hash) => hash.toString('hex')),
    treePath: Array.from({ length: depth }, (_, level) =>
      (siblings.get(level) ?? (emptyNodes[level] as Buffer)).toString('hex'),
    ),
  };
}
