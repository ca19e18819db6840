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

/** A bucket's leaves by subject id in hex, without dashes: hex order is the bytes' order. */
type Leaves = Map<string, Buffer>;

function splitLeaves(bytes: Buffer): Leaves {
  const leaves: Leaves = new Map();
  for (let offset = 0; offset < bytes.length; offset += leafSize) {
    const leaf = bytes.subarray(offset, offset + leafSize);
    leaves.set(leaf.toString('hex', 0, 16), leaf);
  }
  return leaves;
}

/** The leaves in subject id order: their first 16 bytes. */
function sorted(leaves: Leaves): Buffer[] {
  return [...leaves.values()].sort(Buffer.compare);
}

function headOf(leaf: Buffer): ChainHead {
  const id = leaf.toString('hex', 0, 16);
  return {
    subjectId: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`,
    sequence: leaf.readUInt32BE(16),
    hash: leaf.toString('hex', 20, leafSize),
  };
}

async function readBuckets(manager: EntityManager, buckets: number[]): Promise<Map<number, Leaves>> {
  const found = new Map<number, Leaves>();
  for (let start = 0; start < buckets.length; start += chunk) {
    const rows: { bucket: number; leaves: Buffer }[] = await manager.query(
      'SELECT bucket, leaves FROM ledger_checkpoint_bucket WHERE bucket = ANY($1::int[])',
      [buckets.slice(start, start + chunk)],
    );
    for (const row of rows) found.set(row.bucket, splitLeaves(row.leaves));
  }
  return found;
}

/** Stored nodes by `level:index`; an absent one is an empty subtree. */
async function readNodes(
  manager: EntityManager,
  wanted: { level: number; index: number }[],
): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (let start = 0; start < wanted.length; start += chunk) {
    const part = wanted.slice(start, start + chunk);
    const rows: { level: number; index: number; hash: Buffer }[] = await manager.query(
      `SELECT node.level, node.index, node.hash FROM ledger_checkpoint_node node
       JOIN unnest($1::smallint[], $2::int[]) AS wanted (level, index) USING (level, index)`,
      [part.map((node) => node.level), part.map((node) => node.index)],
    );
    for (const row of rows) found.set(`${row.level}:${row.index}`, row.hash);
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
    const leaves = stored.get(bucket) ?? new Map();
    for (const head of newer) {
      const key = head.subjectId.replaceAll('-', '');
      if (!leaves.has(key)) added += 1;
      leaves.set(key, headLeaf(head));
    }
    const ordered = sorted(leaves);
    buckets.push({ bucket, leaves: Buffer.concat(ordered).toString('hex') });
    level.set(bucket, leafHash(treeHash(ordered.map(leafHash))));
  }
  // Every sibling the new paths need, read in one go.
  const paths: Set<number>[] = [new Set(level.keys())];
  for (let height = 1; height <= depth; height++) {
    paths.push(new Set([...(paths[height - 1] as Set<number>)].map((index) => index >> 1)));
  }
  const wanted = paths
    .slice(0, depth)
    .flatMap((indexes, height) =>
      [...indexes].map((index) => ({ level: height, index: index ^ 1 })).filter(({ index }) => !indexes.has(index)),
    );
  const siblings = await readNodes(manager, wanted);
  const nodes: { level: number; index: number; hash: string }[] = [];
  for (let height = 0; height <= depth; height++) {
    for (const [index, hash] of level) nodes.push({ level: height, index, hash: hash.toString('hex') });
    if (height === depth) break;
    const hashAt = (index: number) =>
      level.get(index) ?? siblings.get(`${height}:${index}`) ?? (emptyNodes[height] as Buffer);
    level = new Map(
      [...(paths[height + 1] as Set<number>)].map((parent) => [
        parent,
        nodeHash(hashAt(parent * 2), hashAt(parent * 2 + 1)),
      ]),
    );
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
  const root =
    level.get(0) ?? (await readNodes(manager, [{ level: depth, index: 0 }])).get(`${depth}:0`) ?? emptyNodes[depth];
  return { root: (root as Buffer).toString('hex'), added };
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
  const leaves = sorted((await readBuckets(manager, [bucket])).get(bucket) ?? new Map());
  const leafIndex = leaves.findIndex((leaf) => leaf.toString('hex', 0, 16) === subjectId.replaceAll('-', ''));
  const leaf = leaves[leafIndex];
  if (!leaf) return null;
  const path = Array.from({ length: depth }, (_, level) => ({ level, index: (bucket >> level) ^ 1 }));
  const siblings = await readNodes(manager, path);
  return {
    leaf: headOf(leaf),
    bucket,
    leafIndex,
    bucketSize: leaves.length,
    bucketPath: auditPath(leaves.map(leafHash), leafIndex).map((hash) => hash.toString('hex')),
    treePath: path.map(({ level, index }) =>
      (siblings.get(`${level}:${index}`) ?? (emptyNodes[level] as Buffer)).toString('hex'),
    ),
  };
}
