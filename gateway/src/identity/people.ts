import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { sealBytes } from '../common/envelope-encryption.js';
import type { Language } from '../common/language.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { Person } from './person.entity.js';

/** What of a person is sealed with their data key. */
export interface PersonProfile {
  email: string;
  firstName: string;
  lastName: string;
  /** E.164 Belgian mobile number that receives sign-in codes. */
  mobileNumber: string | null;
}

export type KnownPerson = Person & PersonProfile;

export function normalizedEmailOf(email: string): string {
  return email.trim().toLowerCase();
}

/** The people with their profiles opened, in the order given; one key lookup for all. */
export async function withProfiles(
  manager: EntityManager,
  vault: PersonalDataVault,
  people: Person[],
): Promise<KnownPerson[]> {
  const keys = await vault.keysOf(
    manager,
    people.map((person) => person.id),
  );
  return people.map((person) => {
    const profile = vault.openJson<PersonProfile>(keys.get(person.id), person.profile);
    if (!profile) throw new Error(`The data key of person ${person.id} is missing`);
    return Object.assign(person, profile);
  });
}

export async function withProfile(manager: EntityManager, vault: PersonalDataVault, person: Person) {
  return (await withProfiles(manager, vault, [person]))[0] as KnownPerson;
}

export async function knownPerson(manager: EntityManager, vault: PersonalDataVault, id: string) {
  return withProfile(manager, vault, await manager.findOneOrFail(Person, { where: { id } }));
}

export async function findPersonByEmail(
  manager: EntityManager,
  vault: PersonalDataVault,
  email: string,
): Promise<KnownPerson | null> {
  const person = await manager.findOne(Person, { where: { emailIndex: vault.index(normalizedEmailOf(email)) } });
  return person ? withProfile(manager, vault, person) : null;
}

export interface NewPerson extends PersonProfile {
  passwordHash: string;
  language: Language;
  staffRole: Person['staffRole'];
  createdAt: Date;
}

/** A new person, with a data key of their own that seals their profile from the first write. */
export async function createPerson(
  manager: EntityManager,
  vault: PersonalDataVault,
  input: NewPerson,
): Promise<Person> {
  const id = randomUUID();
  const email = normalizedEmailOf(input.email);
  const person = manager.create(Person, {
    id,
    emailIndex: vault.index(email),
    mobileIndex: input.mobileNumber ? vault.index(input.mobileNumber) : null,
    profile: await sealedProfile(manager, vault, id, { ...input, email }, input.createdAt),
    passwordHash: input.passwordHash,
    language: input.language,
    staffRole: input.staffRole,
    createdAt: input.createdAt,
  });
  await manager.insert(Person, person);
  return person;
}

/** Changes sealed details of a person (a new mobile number, a corrected name) and their indexes. */
export async function updateProfile(
  manager: EntityManager,
  vault: PersonalDataVault,
  personId: string,
  changes: Partial<Omit<PersonProfile, 'email'>>,
): Promise<void> {
  const person = await knownPerson(manager, vault, personId);
  const profile: PersonProfile = {
    email: person.email,
    firstName: changes.firstName ?? person.firstName,
    lastName: changes.lastName ?? person.lastName,
    mobileNumber: changes.mobileNumber !== undefined ? changes.mobileNumber : person.mobileNumber,
  };
  await manager.update(Person, personId, {
    profile: await sealedProfile(manager, vault, personId, profile),
    mobileIndex: profile.mobileNumber ? vault.index(profile.mobileNumber) : null,
  });
}

async function sealedProfile(
  manager: EntityManager,
  vault: PersonalDataVault,
  personId: string,
  profile: PersonProfile,
  now?: Date,
): Promise<Buffer> {
  const { email, firstName, lastName, mobileNumber } = profile;
  const key = await vault.keyFor(manager, personId, now);
  return sealBytes(key, Buffer.from(JSON.stringify({ email, firstName, lastName, mobileNumber }), 'utf8'));
}
