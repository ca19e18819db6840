import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { sha256Hex } from '../common/secrets.js';
import { publishSubjectEvent } from '../propagation/subject-event.js';
import type { RequestsService } from './requests.service.js';
import type { DataSubjectRequestView } from './rights.types.js';

/** What an erasure keeps, and why: the answer the person gets (GDPR Art. 17(3)). */
export const erasureAnswer =
  'Erased: your name, e-mail address, mobile number and language, your roles on customer numbers, your sign-in data, ' +
  'the messages we sent you, your export archives and the details of your requests. ' +
  'Kept: your bills and the lines of your contract, which the law makes us keep for 10 years (tax and accounting law); ' +
  'and the record of your privacy choices, which holds no name, address or number and proves what you chose (GDPR Art. 7(1)). ' +
  'Every system that received your data was told to erase it.';

/**
 * Carries out an erasure request in one transaction: personal data deleted, what the law keeps
 * kept and named, the ledger untouched (it holds pseudonymous ids only), and a `subject.erased`
 * event for every downstream system, delivered and proven like any change.
 */
export class ErasureService {
  constructor(private readonly requests: RequestsService) {}

  carryOut(caller: PersonCaller, requestId: string): Promise<DataSubjectRequestView> {
    return this.requests.completeWith(caller, requestId, ['erasure'], async (manager, request, now) => {
      await eraseSubject(manager, request.subjectId, request.subjectKind);
      const eventId = await publishSubjectEvent(manager, request.subjectId, 'subject.erased', now);
      return { outcome: erasureAnswer, note: `Erasure carried out; downstream systems told by event ${eventId}.` };
    });
  }
}

async function eraseSubject(manager: EntityManager, subjectId: string, kind: 'person' | 'contact'): Promise<void> {
  const [identity]: { email: string | null; phone: string | null }[] =
    kind === 'person'
      ? await manager.query('SELECT email, mobile_number AS phone FROM person WHERE id = $1', [subjectId])
      : await manager.query('SELECT email, phone_number AS phone FROM marketing_contact WHERE id = $1', [subjectId]);
  const identifiers = [identity?.email, identity?.phone].filter((value): value is string => Boolean(value));
  if (identifiers.length > 0) {
    await manager.query('DELETE FROM outbound_message WHERE recipient = ANY($1::text[])', [identifiers]);
    await manager.query(
      'DELETE FROM marketing_contact WHERE email = ANY($1::text[]) OR phone_number = ANY($1::text[])',
      [identifiers],
    );
  }
  if (identity?.email) {
    await manager.query('DELETE FROM sign_in_throttle WHERE email_key = $1', [sha256Hex(identity.email)]);
  }
  await manager.query('DELETE FROM export_archive WHERE subject_id = $1', [subjectId]);
  await manager.query('DELETE FROM idempotency_record WHERE scope = $1', [subjectId]);
  // Requests stay as proof of their handling; what the person wrote in them goes.
  await manager.query(`UPDATE data_subject_request SET details = '{}' WHERE subject_id = $1`, [subjectId]);
  await manager.query(
    `UPDATE request_event SET note = NULL
     WHERE request_id IN (SELECT id FROM data_subject_request WHERE subject_id = $1) AND step <> 'completed'`,
    [subjectId],
  );
  // Sessions, codes, reset links and roles go with the person (ON DELETE CASCADE); lines stay with the contract.
  if (kind === 'person') await manager.query('DELETE FROM person WHERE id = $1', [subjectId]);
}
