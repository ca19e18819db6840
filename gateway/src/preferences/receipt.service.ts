import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../identity/person.entity.js';
import { findPurpose } from '../purposes/purpose-catalogue.js';
import { purposeView } from '../purposes/purpose-views.js';
import { logStaffRead } from '../rights/staff-reads.js';
import { allowedAfter } from './ledger.js';
import { subjectNotFound } from './preference.errors.js';
import { PreferenceEvent } from './preference-event.entity.js';
import { subjectFor } from './subject-access.js';

const proximus = {
  name: 'Proximus PLC under Belgian public law',
  address: 'Boulevard du Roi Albert II 27, 1030 Brussels, Belgium',
  contact: 'Proximus Data Protection Officer, Boulevard du Roi Albert II 27, 1030 Brussels',
};

/** How the record's hash is computed, so anyone can check it without the gateway. */
const proofMethod = 'SHA-256 over the previous hash followed by the RFC 8785 canonical JSON of the event fields';

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
    const definition = findPurpose(event.purpose);
    if (!definition) throw subjectNotFound();
    const language = (event.language ?? 'en') as Language;
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
        method: proofMethod,
      },
    };
  }
}
