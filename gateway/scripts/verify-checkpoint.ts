/**
 * Checks a ledger checkpoint, and a receipt's inclusion proof, with the ledger's public key alone:
 * no gateway, no database (decision 12). Only the pure byte formats are shared with the gateway.
 *
 *   tsx scripts/verify-checkpoint.ts --key ledger-key.pem --checkpoint webhook.json [--checkpoint …] [--receipt receipt.json]
 *
 * A checkpoint file may be a `ledger.checkpoint` webhook body, a feed node or the checkpoint
 * itself; several must follow each other without a gap, each linked to the one before.
 * Exits 0 when everything verifies, 1 with the reason otherwise.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkpointSignatureValid,
  type InclusionProof,
  type PublishedCheckpoint,
  rootOfInclusion,
} from '../src/preferences/checkpoint-format.js';

interface Receipt {
  recordId: string;
  subject: { id: string };
  proof: {
    sequence: number;
    previousHash: string;
    hash: string;
    canonicalEvent: string;
    checkpoint: PublishedCheckpoint | null;
    inclusion: (InclusionProof & { laterEvents: string[] }) | null;
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function checkpointIn(json: {
  data?: { checkpoint?: PublishedCheckpoint };
  checkpoint?: PublishedCheckpoint;
}): PublishedCheckpoint {
  return json.data?.checkpoint ?? json.checkpoint ?? (json as PublishedCheckpoint);
}

function verifySignature(checkpoint: PublishedCheckpoint, key: KeyObject): string {
  if (!checkpointSignatureValid(checkpoint, key)) {
    throw new Error(`checkpoint ${checkpoint.number}: the signature or hash does not verify with this key`);
  }
  return `checkpoint ${checkpoint.number}: signed by ${checkpoint.keyId}, root ${checkpoint.root}, ${checkpoint.subjects} subjects`;
}

function verifyReceipt(receipt: Receipt, key: KeyObject, received: PublishedCheckpoint[]): string[] {
  const { proof } = receipt;
  if (sha256(proof.previousHash + proof.canonicalEvent) !== proof.hash) {
    throw new Error(`receipt ${receipt.recordId}: the event does not match its hash`);
  }
  if (!proof.checkpoint || !proof.inclusion) throw new Error(`receipt ${receipt.recordId}: not yet checkpointed`);
  const given = received.find((checkpoint) => checkpoint.number === proof.checkpoint?.number);
  if (given && given.hash !== proof.checkpoint.hash) {
    throw new Error(`receipt ${receipt.recordId}: its checkpoint ${given.number} differs from the one received`);
  }
  const lines = [verifySignature(proof.checkpoint, key)];
  let hash = proof.hash;
  let sequence = proof.sequence;
  for (const later of proof.inclusion.laterEvents) {
    hash = sha256(hash + later);
    sequence = (JSON.parse(later) as { sequence: number }).sequence;
  }
  const { leaf } = proof.inclusion;
  if (leaf.subjectId !== receipt.subject.id || leaf.sequence !== sequence || leaf.hash !== hash) {
    throw new Error(`receipt ${receipt.recordId}: the chain from the event does not reach the checkpointed head`);
  }
  if (rootOfInclusion(proof.inclusion) !== proof.checkpoint.root) {
    throw new Error(`receipt ${receipt.recordId}: the inclusion proof does not lead to the checkpoint's root`);
  }
  lines.push(`receipt ${receipt.recordId}: sequence ${proof.sequence} is in checkpoint ${proof.checkpoint.number}`);
  return lines;
}

/** Consecutive numbers, each linked to the hash of the one before: a gap or a fork is evidence. */
function verifyLinks(checkpoints: PublishedCheckpoint[]): string[] {
  const sorted = [...checkpoints].sort((a, b) => a.number - b.number);
  for (const [index, checkpoint] of sorted.entries()) {
    const before = sorted[index - 1];
    if (!before) continue;
    if (checkpoint.number !== before.number + 1) {
      throw new Error(`checkpoint ${before.number + 1} is missing between ${before.number} and ${checkpoint.number}`);
    }
    if (checkpoint.previousHash !== before.hash) {
      throw new Error(
        `checkpoint ${checkpoint.number} does not link to checkpoint ${before.number}: the history forked`,
      );
    }
  }
  return sorted.length > 1 ? [`checkpoints ${sorted[0]?.number} to ${sorted.at(-1)?.number}: linked, no gap`] : [];
}

/** What verifies, one line each; throws with the first thing that does not. */
function verify(publicKeyPem: string, checkpoints: PublishedCheckpoint[], receipt?: Receipt): string[] {
  const key = createPublicKey(publicKeyPem);
  return [
    ...checkpoints.map((checkpoint) => verifySignature(checkpoint, key)),
    ...verifyLinks(checkpoints),
    ...(receipt ? verifyReceipt(receipt, key, checkpoints) : []),
  ];
}

const { values } = parseArgs({
  options: {
    key: { type: 'string' },
    checkpoint: { type: 'string', multiple: true, default: [] },
    receipt: { type: 'string' },
  },
});
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
if (!values.key || !(values.checkpoint.length > 0 || values.receipt)) {
  console.error('Usage: verify-checkpoint --key <public-key.pem> --checkpoint <file.json>… [--receipt <file.json>]');
  process.exit(2);
}
try {
  const checkpoints = values.checkpoint.map((file) => checkpointIn(read(file)));
  const receipt = values.receipt ? read(values.receipt) : undefined;
  for (const line of verify(readFileSync(values.key, 'utf8'), checkpoints, receipt)) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
