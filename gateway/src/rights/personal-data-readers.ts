import type { EntityManager } from 'typeorm';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { Person, withProfile } from '../identity/index.js';
import { DataSubjectRequest } from './data-subject-request.entity.js';
import { openRequests } from './request-texts.js';

/** Reads one category of a subject's data for the access overview or the export. */
export type PersonalDataReader = (context: {
  manager: EntityManager;
  vault: PersonalDataVault;
  subjectId: string;
}) => Promise<unknown>;

export const identityHeld: PersonalDataReader = async ({ manager, vault, subjectId }) => {
  const person = await manager.findOneBy(Person, { id: subjectId });
  if (!person) return null;
  const { firstName, lastName, email, mobileNumber, language } = await withProfile(manager, vault, person);
  return { firstName, lastName, email, mobileNumber, language };
};

export const accountsHeld: PersonalDataReader = async ({ manager, subjectId }) =>
  manager.query(
    `SELECT a.customer_number AS "customerNumber", a.segment, m.role, m.status
     FROM account_membership m JOIN customer_account a ON a.id = m.account_id WHERE m.person_id = $1
     ORDER BY m.requested_at`,
    [subjectId],
  );

export const linesHeld: PersonalDataReader = async ({ manager, subjectId }) =>
  manager.query(
    `SELECT id, kind, phone_number AS "phoneNumber" FROM subscription WHERE assigned_person_id = $1
     ORDER BY kind, phone_number`,
    [subjectId],
  );

export const requestsHeld: PersonalDataReader = async ({ manager, vault, subjectId }) => {
  const requests = await manager.find(DataSubjectRequest, { where: { subjectId }, order: { receivedAt: 'ASC' } });
  const opened = await openRequests(manager, vault, requests, []);
  return requests.map((request) => ({
    type: request.type,
    status: request.status,
    receivedAt: request.receivedAt,
    details: opened.get(request.id)?.details ?? {},
    outcome: opened.get(request.id)?.outcome ?? null,
  }));
};

/** A count, as `{ [name]: n }`, for categories whose rows say little one by one. */
export function countOf(name: string, sql: string): PersonalDataReader {
  return async ({ manager, subjectId }) => {
    const [row]: { n: number }[] = await manager.query(sql, [subjectId]);
    return { [name]: row?.n ?? 0 };
  };
}
