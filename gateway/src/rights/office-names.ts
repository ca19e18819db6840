import { type EntityManager, In } from 'typeorm';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { contactIdentifiers, MarketingContact, Person, withProfiles } from '../identity/index.js';
import type { DataSubjectRequest } from './data-subject-request.entity.js';

/**
 * The names the office reads a request by: the person's (a non-customer's e-mail address or
 * number) and the assignee's, for a whole page in two lookups. An erased subject has none: the
 * request keeps only its pseudonymous id, which still opens the proof.
 */
export async function officeNamesOf(
  manager: EntityManager,
  vault: PersonalDataVault,
  requests: Pick<DataSubjectRequest, 'subjectId' | 'assigneeId'>[],
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(requests.flatMap((request) => [request.subjectId, request.assigneeId]).filter((id) => id !== null)),
  ];
  if (ids.length === 0) return new Map();
  const people = await withProfiles(manager, vault, await manager.findBy(Person, { id: In(ids) }));
  const contacts = await manager.findBy(MarketingContact, { id: In(ids) });
  const identifiers = await contactIdentifiers(manager, vault, contacts);
  return new Map([
    ...people.map((person) => [person.id, `${person.firstName} ${person.lastName}`] as const),
    ...[...identifiers].map(([id, known]) => [id, known.email ?? known.phoneNumber ?? ''] as const),
  ]);
}
