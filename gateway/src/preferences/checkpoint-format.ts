import { createHash, type KeyObject, verify } from 'node:crypto';
import { leafHash, rootFromAuditPath } from './merkle-tree.js';

/**
 * The byte formats of signed ledger checkpoints (decision 12), in plain node:crypto so that a
 * downstream system or an auditor can check a checkpoint with the public key alone
 * (gateway/scripts/verify-checkpoint.ts).
 */

/** The first line of every signed body: the format and its version. */
export const checkpointFormat = 'proximus-privacy-ledger-checkpoint/v1';

/** Subjects fall into 2^16 buckets by the first two bytes of their id; the tree over the buckets has a fixed shape. */
export const bucketCount = 65_536;

/** The previous hash of checkpoint 1. */
export const noCheckpointHash = '0'.repeat(64);

/** A checkpoint as published: to the outbox, the feed, receipts and the GraphQL API. */
export interface PublishedCheckpoint {
  number: number;
  /** `hash` of the checkpoint before, or 64 zeros for the first: a gap or a rewrite breaks the chain. */
  previousHash: string;
  /** The Merkle root over every subject's chain head, hex. */
  root: string;
  /** How many subjects' chain heads the root covers. */
  subjects: number;
  /** The ledger position (`preference_event.position`) up to which events are covered. */
  position: string;
  signedAt: string;
  keyId: string;
  /** Ed25519 over `checkpointBody`, base64. */
  signature: string;
  /** SHA-256 of `checkpointBody`, hex. */
  hash: string;
}

export type CheckpointFields = Omit<PublishedCheckpoint, 'signature' | 'hash'>;

/** What is signed: eight ASCII lines, each ending in a line feed. */
export function checkpointBody(fields: CheckpointFields): Buffer {
  return Buffer.from(
    [
      checkpointFormat,
      `number ${fields.number}`,
      `previous ${fields.previousHash}`,
      `root ${fields.root}`,
      `subjects ${fields.subjects}`,
      `position ${fields.position}`,
      `time ${fields.signedAt}`,
      `key ${fields.keyId}`,
      '',
    ].join('\n'),
    'ascii',
  );
}

export function checkpointHash(fields: CheckpointFields): string {
  return createHash('sha256').update(checkpointBody(fields)).digest('hex');
}

/** Whether the signature is the key's over these fields, and the hash is theirs. */
export function checkpointSignatureValid(checkpoint: PublishedCheckpoint, publicKey: KeyObject): boolean {
  return (
    checkpoint.hash === checkpointHash(checkpoint) &&
    verify(null, checkpointBody(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'))
  );
}

/** The RFC 7638 thumbprint of the Ed25519 public key's JWK: its key id. */
export function keyIdOf(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' });
  return createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
}

export interface ChainHead {
  subjectId: string;
  sequence: number;
  /** The chain hash of the subject's newest covered event, hex. */
  hash: string;
}

/** A leaf: the subject id's 16 bytes, the sequence as 4 bytes big-endian, the chain hash's 32 bytes. */
export function headLeaf(head: ChainHead): Buffer {
  const leaf = Buffer.alloc(52);
  Buffer.from(head.subjectId.replaceAll('-', ''), 'hex').copy(leaf, 0);
  leaf.writeUInt32BE(head.sequence, 16);
  Buffer.from(head.hash, 'hex').copy(leaf, 20);
  return leaf;
}

export function bucketOf(subjectId: string): number {
  return Number.parseInt(subjectId.slice(0, 4), 16);
}

/** The proof that one subject's head is under a checkpoint's root, without the other subjects. */
export interface InclusionProof {
  leaf: ChainHead;
  bucket: number;
  /** The leaf's place among its bucket's leaves, sorted by subject id. */
  leafIndex: number;
  bucketSize: number;
  /** RFC 9162 audit path of the leaf in its bucket's tree, deepest first, hex. */
  bucketPath: string[];
  /** RFC 9162 audit path of the bucket's root among the 65,536 buckets, deepest first, hex. */
  treePath: string[];
}

/** The root an inclusion proof leads to (hex), or null when it is malformed. */
export function rootOfInclusion(proof: InclusionProof): string | null {
  const hex = (path: string[]) => path.map((hash) => Buffer.from(hash, 'hex'));
  const bucketRoot = rootFromAuditPath(
    leafHash(headLeaf(proof.leaf)),
    proof.leafIndex,
    proof.bucketSize,
    hex(proof.bucketPath),
  );
  if (!bucketRoot || bucketOf(proof.leaf.subjectId) !== proof.bucket) return null;
  return (
    rootFromAuditPath(leafHash(bucketRoot), proof.bucket, bucketCount, hex(proof.treePath))?.toString('hex') ?? null
  );
}
