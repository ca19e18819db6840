import { Between, type DataSource, type EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { logStaffRead } from '../common/staff-reads.js';
import { subjectFor, subjectNotFound } from '../identity/index.js';
import { findPurpose, purposeView } from '../purposes/index.js';
import { coveredBy, latestInclusion } from './checkpoint-proofs.js';
import { publishedCheckpoint } from './checkpointer.js';
import { allowedAfter } from './ledger.js';
import { canonicalEvent } from './ledger-hash.js';
import { PreferenceEvent } from './preference-event.entity.js';

const proximus = {
  name: 'Proximus PLC under Belgian public law',
  address: 'Boulevard du Roi Albert II 27, 1030 Brussels, Belgium',
  contact: 'Proximus Data Protection Officer, Boulevard du Roi Albert II 27, 1030 Brussels',
};

/** How the record's hash is computed, so anyone can check it without the gateway. */
const proofMethod = 'SHA-256 over the previous hash followed by the RFC 8785 canonical JSON of the event fields';

/** How the inclusion proof is checked (decision 12; gateway/scripts/verify-checkpoint.ts does it). */
const inclusionMethod =
  'Chain the hash through laterEvents to the leaf; the leaf (16-byte subject id, 4-byte sequence, 32-byte hash) hashed as an RFC 9162 leaf, with bucketPath, gives the bucket root; the bucket root as a leaf with treePath among 65,536 buckets gives the checkpoint root, signed with Ed25519 by the ledger key';

/**
 * The receipt of one decision: the fields of an ISO/IEC TS 27560 consent record (and the
 * Kantara consent receipt), with the text exactly as shown and the proof of its place in the chain.
 */
export class ReceiptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async receipt(caller: PersonCaller, eventId: string): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const event = await manager.findOneBy(PreferenceEvent, { eventId });
    if (!event) throw subjectNotFound();
    await subjectFor(manager, caller, event.subjectId);
    await logStaffRead(manager, caller, event.subjectId, 'preferenceReceipt', this.clock.now());
    return this.receiptOf(event);
  }

  /**
   * The receipt of an event of `subjectId`, for a caller who proved to be that subject some other
   * way (a visitor by the id in its cookie); NOT_FOUND for an event of anyone else.
   */
  async receiptOfSubject(subjectId: string, eventId: string): Promise<Record<string, unknown>> {
    const event = await this.dataSource.manager.findOneBy(PreferenceEvent, { eventId, subjectId });
    if (!event) throw subjectNotFound();
    return this.receiptOf(event);
  }

  private async receiptOf(event: PreferenceEvent): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const definition = findPurpose(event.purpose);
    if (!definition) throw subjectNotFound();
    const language = event.language ?? 'en';
    const shown = purposeView(definition, language, event.textVersion ?? undefined);
    return {
      schema: 'ISO/IEC TS 27560:2023 consent record; Kantara Initiative consent receipt',
      recordId: event.eventId,
      recordedAt: event.occurredAt.toISOString(),
      subject: { id: event.subjectId, kind: event.subjectKind, note: 'pseudonymous identifier' },
      controllers: [
        proximus,
        ...definition.jointControllers.map((name) => ({ name, role: 'joint controller (GDPR Art. 26)' })),
      ],
      purpose: {
        key: definition.key,
        title: shown.title,
        description: shown.description,
        legalBasis: definition.legalBasis,
        category: definition.category,
        textVersion: event.textVersion,
        language: event.language,
        textShown: event.textVersion !== null,
      },
      channel: event.channel,
      ...(event.site ? { site: event.site } : {}),
      decision: event.decision,
      processingAllowed: allowedAfter(event.decision),
      collectionMethod: event.collectionChannel,
      actor: { kind: event.actorKind, id: event.actorId },
      retention: shown.retention,
      howToWithdraw: shown.howToWithdraw,
      proof: {
        sequence: event.sequence,
        previousHash: event.previousHash,
        hash: event.hash,
        canonicalEvent: canonicalEvent(event),
        method: proofMethod,
        ...(await this.inclusion(manager, event)),
      },
    };
  }

  /** The signed checkpoint that covers the event and the proof that the subject's chain head is under it. */
  private async inclusion(manager: EntityManager, event: PreferenceEvent): Promise<Record<string, unknown>> {
    const signed = await latestInclusion(this.dataSource, event.subjectId);
    if (!signed || !coveredBy(event.position, signed.checkpoint)) {
      return { checkpoint: null, inclusion: null, checkpointStatus: 'not yet covered by a signed checkpoint' };
    }
    const checkpoint = publishedCheckpoint(signed.checkpoint);
    if (!signed.proof) {
      return { checkpoint, inclusion: null, checkpointStatus: 'the checkpoint does not hold this subject' };
    }
    // Read after the checkpoint, so the events up to its signed head are all committed.
    const later = await manager.find(PreferenceEvent, {
      where: { subjectId: event.subjectId, sequence: Between(event.sequence + 1, signed.proof.leaf.sequence) },
      order: { sequence: 'ASC' },
    });
    return {
      checkpoint,
      inclusion: { ...signed.proof, laterEvents: later.map(canonicalEvent), method: inclusionMethod },
      checkpointStatus: `covered by checkpoint ${checkpoint.number}`,
    };
  }
}
