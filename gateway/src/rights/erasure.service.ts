import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { publishSubjectEvent } from '../common/outbox.js';
import { dataInventory, erasedOnErasure, keptOnErasure, type PersonalDataTable } from './data-inventory.js';
import { ErasurePreviewView, KeptOnErasureView } from './office.types.js';
import type { RequestsService } from './requests.service.js';
import type { DataSubjectRequestView } from './rights.types.js';

/** What an erasure removes and keeps, and why: the answer the person gets (GDPR Art. 17(3)), from the inventory. */
export function erasureAnswer(): string {
  const kept = keptOnErasure().map(({ what, reason }) => `${what}, because ${reason}`);
  return (
    `Erased: ${erasedOnErasure().join('; ')}. ` +
    `Kept: ${kept.join('; ')}. ` +
    'Every system that received your data was told to erase it.'
  );
}

/**
 * Carries out an erasure request in one transaction, table by table as the data inventory says:
 * rows deleted or blanked, what the law keeps kept and named, the ledger untouched (it holds
 * pseudonymous ids only), the subject's data key destroyed last (crypto-shredding of every copy),
 * and a `subject.erased` event for every downstream system, delivered and proven like any change.
 */
export class ErasureService {
  constructor(private readonly requests: RequestsService) {}

  /** What `carryOut` would erase and keep; the same for every person, since the inventory decides it. */
  preview(): ErasurePreviewView {
    return Object.assign(new ErasurePreviewView(), {
      erased: erasedOnErasure(),
      kept: keptOnErasure().map((kept) => Object.assign(new KeptOnErasureView(), kept)),
      answer: erasureAnswer(),
    });
  }

  carryOut(caller: PersonCaller, requestId: string): Promise<DataSubjectRequestView> {
    return this.requests.completeWith(caller, requestId, ['erasure'], async (manager, request, now) => {
      await eraseSubject(manager, request.subjectId);
      const eventId = await publishSubjectEvent(manager, request.subjectId, 'subject.erased', now);
      return { outcome: erasureAnswer(), note: `Erasure carried out; downstream systems told by event ${eventId}.` };
    });
  }
}

async function eraseSubject(manager: EntityManager, subjectId: string): Promise<void> {
  const indexes = await blindIndexesOf(manager, subjectId);
  const tables = dataInventory.flatMap((category) => category.tables);
  // The subject's own rows go after the rows found through them.
  const last = ['data_key', 'person', 'marketing_contact'];
  const ordered = [
    ...tables.filter((table) => !last.includes(table.table)),
    ...last.map((name) => tables.find((table) => table.table === name) as PersonalDataTable),
  ];
  for (const table of ordered) {
    const { erasure } = table;
    // The parameters are typed once here, whether the table's rule uses one or both.
    const typed = 'WITH subject AS (SELECT $1::uuid AS id, $2::text[] AS indexes)';
    if (erasure.action === 'delete') {
      await manager.query(`${typed} DELETE FROM ${table.table} WHERE ${table.rowsOf}`, [subjectId, indexes]);
    } else if (erasure.action === 'blank') {
      await manager.query(`${typed} UPDATE ${table.table} SET ${erasure.set} WHERE ${table.rowsOf}`, [
        subjectId,
        indexes,
      ]);
    }
  }
}

/** The blind indexes of the subject's e-mail address and numbers, as a person or as a non-customer contact. */
async function blindIndexesOf(manager: EntityManager, subjectId: string): Promise<string[]> {
  const rows: { value: string | null }[] = await manager.query(
    `SELECT unnest(ARRAY[email_index, mobile_index]) AS value FROM person WHERE id = $1
     UNION ALL SELECT unnest(ARRAY[email_index, phone_index]) FROM marketing_contact WHERE id = $1`,
    [subjectId],
  );
  return rows.map((row) => row.value).filter((value): value is string => value !== null);
}
