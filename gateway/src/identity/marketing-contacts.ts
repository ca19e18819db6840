import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { MarketingContact } from './marketing-contact.entity.js';

/** How a non-customer is known: a lowercase e-mail address, an E.164 number, or both. */
export interface ContactIdentifiers {
  email: string | null;
  phoneNumber: string | null;
}

/** The contact known by the address, else by the number. */
export async function findContact(
  manager: EntityManager,
  vault: PersonalDataVault,
  identifiers: ContactIdentifiers,
): Promise<MarketingContact | null> {
  const { email, phoneNumber } = identifiers;
  return (
    (email ? await manager.findOneBy(MarketingContact, { emailIndex: vault.index(email) }) : null) ??
    (phoneNumber ? await manager.findOneBy(MarketingContact, { phoneIndex: vault.index(phoneNumber) }) : null)
  );
}

export async function createContact(
  manager: EntityManager,
  vault: PersonalDataVault,
  identifiers: ContactIdentifiers,
  now: Date,
): Promise<MarketingContact> {
  const id = randomUUID();
  const contact = manager.create(MarketingContact, {
    id,
    emailIndex: identifiers.email ? vault.index(identifiers.email) : null,
    phoneIndex: identifiers.phoneNumber ? vault.index(identifiers.phoneNumber) : null,
    identifiers: await vault.sealJson(manager, id, identifiers),
    createdAt: now,
  });
  await manager.insert(MarketingContact, contact);
  return contact;
}

/** The contacts' identifiers, by contact id; an erased contact has none. */
export async function contactIdentifiers(
  manager: EntityManager,
  vault: PersonalDataVault,
  contacts: MarketingContact[],
): Promise<Map<string, ContactIdentifiers>> {
  const keys = await vault.keysOf(
    manager,
    contacts.map((contact) => contact.id),
  );
  const found = new Map<string, ContactIdentifiers>();
  for (const contact of contacts) {
    const identifiers = vault.openJson<ContactIdentifiers>(keys.get(contact.id), contact.identifiers);
    if (identifiers) found.set(contact.id, identifiers);
  }
  return found;
}
