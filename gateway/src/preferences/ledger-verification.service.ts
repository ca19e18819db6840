import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { chainHash, genesisHash } from './ledger-hash.js';
import { subjectNotFound } from './preference.errors.js';
import { LedgerVerificationView } from './preference.types.js';
import { PreferenceEvent } from './preference-event.entity.js';

/** Recomputes a subject's chain from its first event and names the first event that does not match. */
export class LedgerVerificationService {
  constructor(private readonly dataSource: DataSource) {}

  verify(subjectId: string): Promise<LedgerVerificationView> {
    if (!isUUID(subjectId)) throw subjectNotFound();
    return verifyChain(this.dataSource.manager, subjectId);
  }
}

async function verifyChain(manager: EntityManager, subjectId: string): Promise<LedgerVerificationView> {
  const events = await manager.find(PreferenceEvent, { where: { subjectId }, order: { sequence: 'ASC' } });
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
      return Object.assign(new LedgerVerificationView(), {
        subjectId,
        valid: false,
        eventsChecked: checked,
        firstInvalidEventId: event.eventId,
        firstInvalidSequence: event.sequence,
        problem,
      });
    }
    previous = event.hash;
    checked += 1;
  }
  return Object.assign(new LedgerVerificationView(), {
    subjectId,
    valid: true,
    eventsChecked: checked,
    firstInvalidEventId: null,
    firstInvalidSequence: null,
    problem: null,
  });
}
