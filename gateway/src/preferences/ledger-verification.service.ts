import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { derivedId } from '../common/object-id.js';
import { logStaffRead } from '../common/staff-reads.js';
import { subjectNotFound } from '../identity/index.js';
import { checkpointSignatureValid, rootOfInclusion } from './checkpoint-format.js';
import { coveredBy, latestInclusion, type SubjectInCheckpoint } from './checkpoint-proofs.js';
import type { LedgerSigningKey } from './checkpoint-signing-key.js';
import { publishedCheckpoint } from './checkpointer.js';
import { chainHash, genesisHash } from './ledger-hash.js';
import { LedgerVerificationView } from './preference.types.js';
import { PreferenceEvent } from './preference-event.entity.js';
import { SubjectChainHead } from './subject-chain-head.entity.js';

type ChainFindings = Pick<
  LedgerVerificationView,
  'eventsChecked' | 'firstInvalidEventId' | 'firstInvalidSequence' | 'problem'
>;
type CheckpointFindings = Pick<
  LedgerVerificationView,
  'checkpointNumber' | 'checkpointedSequence' | 'checkpointProblem'
>;

/**
 * Checks a subject's ledger three ways (decision 12): the chain from its first event, the chain
 * head against the newest event, and the newest event a signed checkpoint covers against the
 * checkpoint's Merkle root and signature, which nobody with database access alone can forge.
 */
export class LedgerVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly key: LedgerSigningKey,
    private readonly clock: Clock,
  ) {}

  async verify(caller: PersonCaller, subjectId: string): Promise<LedgerVerificationView> {
    if (!isUUID(subjectId)) throw subjectNotFound();
    // Recomputing the chain reads every event of the subject: a staff read like any other.
    await logStaffRead(this.dataSource.manager, caller, subjectId, 'verifyLedger', this.clock.now());
    // The checkpoint first: every event it covers is then among the events read after it.
    const signed = await latestInclusion(this.dataSource, subjectId);
    const manager = this.dataSource.manager;
    const events = await manager.find(PreferenceEvent, { where: { subjectId }, order: { sequence: 'ASC' } });
    const head = await manager.findOneBy(SubjectChainHead, { subjectId });
    const chain = verifyChain(events);
    const findings = {
      ...(chain.problem ? chain : verifyHead(events, head, chain)),
      ...this.verifyCheckpoint(events, signed),
    };
    return Object.assign(new LedgerVerificationView(), {
      id: derivedId('LedgerVerification', subjectId),
      subjectId,
      valid: findings.problem === null && findings.checkpointProblem === null,
      ...findings,
    });
  }

  private verifyCheckpoint(events: PreferenceEvent[], signed: SubjectInCheckpoint | null): CheckpointFindings {
    if (!signed) return { checkpointNumber: null, checkpointedSequence: null, checkpointProblem: null };
    const { checkpoint, proof } = signed;
    const found = (checkpointProblem: string | null) => ({
      checkpointNumber: checkpoint.number,
      checkpointedSequence: proof?.leaf.sequence ?? null,
      checkpointProblem,
    });
    if (
      checkpoint.keyId !== this.key.keyId ||
      !checkpointSignatureValid(publishedCheckpoint(checkpoint), this.key.publicKey)
    ) {
      return found(`checkpoint ${checkpoint.number} does not verify with the ledger's public key: it was altered`);
    }
    if (signed.previousHash !== checkpoint.previousHash) {
      return found(
        `checkpoint ${checkpoint.number - 1} is missing or does not match the link of checkpoint ${checkpoint.number}: the checkpoints were altered`,
      );
    }
    const newest = events.filter((event) => coveredBy(event.position, checkpoint)).at(-1);
    if (!proof) {
      return found(
        newest
          ? `checkpoint ${checkpoint.number} holds no chain head of this subject, yet events up to sequence ${newest.sequence} precede it: they were added behind the product's back`
          : null,
      );
    }
    if (rootOfInclusion(proof) !== checkpoint.root) {
      return found(
        `the stored tree no longer leads to the root checkpoint ${checkpoint.number} signed: it was altered`,
      );
    }
    const signedSequence = proof.leaf.sequence;
    if (!newest || newest.sequence < signedSequence) {
      return found(
        `checkpoint ${checkpoint.number} signed sequence ${signedSequence}, the ledger's newest event is ${newest ? `sequence ${newest.sequence}` : 'none'}: the events after it were deleted`,
      );
    }
    if (newest.sequence > signedSequence) {
      return found(
        `checkpoint ${checkpoint.number} signed sequence ${signedSequence}, yet the ledger holds sequence ${newest.sequence} before it: events were added behind the product's back`,
      );
    }
    if (newest.hash !== proof.leaf.hash) {
      return found(
        `checkpoint ${checkpoint.number} signed another hash for sequence ${signedSequence}: the chain was rewritten`,
      );
    }
    return found(null);
  }
}

/** Recomputes the chain from the first event and names the first event that does not match. */
function verifyChain(events: PreferenceEvent[]): ChainFindings {
  let previous = genesisHash;
  let checked = 0;
  for (const event of events) {
    const problem =
      event.sequence !== checked + 1
        ? `expected sequence ${checked + 1}: an event is missing`
        : event.previousHash !== previous
          ? 'its link to the previous event does not match'
          : chainHash(previous, event) !== event.hash
            ? 'its content does not match its hash'
            : null;
    if (problem) {
      return {
        eventsChecked: checked,
        firstInvalidEventId: event.eventId,
        firstInvalidSequence: event.sequence,
        problem,
      };
    }
    previous = event.hash;
    checked += 1;
  }
  return { eventsChecked: checked, firstInvalidEventId: null, firstInvalidSequence: null, problem: null };
}

/** The head must point at the newest event, sequence and hash: the ledger alone moves it. */
function verifyHead(events: PreferenceEvent[], head: SubjectChainHead | null, chain: ChainFindings): ChainFindings {
  const newest = events.at(-1);
  const sequence = newest?.sequence ?? 0;
  if (!head) {
    return newest
      ? { ...chain, firstInvalidSequence: sequence, problem: 'the subject has events but no chain head' }
      : chain;
  }
  if (head.lastHash === (newest?.hash ?? genesisHash) && head.lastSequence === sequence) return chain;
  return {
    ...chain,
    firstInvalidEventId: null,
    firstInvalidSequence: sequence + 1,
    problem: `the chain head (sequence ${head.lastSequence}) does not point at the newest event (sequence ${sequence}): a newer event was deleted`,
  };
}
