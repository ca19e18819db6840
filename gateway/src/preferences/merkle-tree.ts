import { createHash, hash } from 'node:crypto';

/**
 * The Merkle tree hashes of RFC 9162 (Certificate Transparency 2.0, section 2.1), in plain
 * node:crypto so that the verification script can use them outside the gateway.
 */
const leafPrefix = Buffer.from([0]);
const nodePrefix = Buffer.from([1]);

/** MTH of the empty list: SHA-256 of nothing. */
export const emptyTreeHash = createHash('sha256').digest();

export function leafHash(leaf: Buffer): Buffer {
  return hash('sha256', Buffer.concat([leafPrefix, leaf]), 'buffer');
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return hash('sha256', Buffer.concat([nodePrefix, left, right]), 'buffer');
}

/** The largest power of two smaller than n (n > 1): where RFC 9162 splits a tree. */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaf hashes already computed. */
export function treeHash(leafHashes: Buffer[]): Buffer {
  if (leafHashes.length === 0) return emptyTreeHash;
  if (leafHashes.length === 1) return leafHashes[0] as Buffer;
  const k = split(leafHashes.length);
  return nodeHash(treeHash(leafHashes.slice(0, k)), treeHash(leafHashes.slice(k)));
}

/** PATH(m, D[n]): the audit path of leaf m, deepest sibling first. */
export function auditPath(leafHashes: Buffer[], index: number): Buffer[] {
  if (leafHashes.length <= 1) return [];
  const k = split(leafHashes.length);
  return index < k
    ? [...auditPath(leafHashes.slice(0, k), index), treeHash(leafHashes.slice(k))]
    : [...auditPath(leafHashes.slice(k), index - k), treeHash(leafHashes.slice(0, k))];
}

/** RFC 9162 2.1.3.2: the root that a leaf hash and its audit path lead to, or null when the path cannot fit. */
export function rootFromAuditPath(hash: Buffer, index: number, size: number, path: Buffer[]): Buffer | null {
  if (index < 0 || index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let root = hash;
  for (const sibling of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      root = nodeHash(sibling, root);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      root = nodeHash(root, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? root : null;
}
