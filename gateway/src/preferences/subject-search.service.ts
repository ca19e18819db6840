import { Field, ID, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { logStaffRead } from '../common/staff-reads.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import {
  belgianPhoneNumber,
  contactIdentifiers,
  MarketingContact,
  Person,
  Subscription,
  withProfiles,
} from '../identity/index.js';
import { SubjectKind } from './preference-event.entity.js';

@ObjectType('PrivacySubject', {
  simpleResolvers: true,
  description: 'A person, line or contact found by staff, to act on with its id.',
})
export class PrivacySubjectView {
  @Field(() => ID, { description: 'Pass it as `subjectId` to read or change its choices.' })
  id!: string;

  @Field(() => SubjectKind, { description: 'A person, a line or a contact.' })
  kind!: SubjectKind;

  @Field(() => String, {
    description:
      "How staff recognise it: a name and e-mail, a line's kind and number, or a contact's address or number.",
  })
  label!: string;
}

/** Staff find whom a caller is: by e-mail address or phone number. Every match is a logged staff read. */
export class SubjectSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  async find(caller: PersonCaller, email?: string | null, phone?: string | null): Promise<PrivacySubjectView[]> {
    const normalizedEmail = email?.trim().toLowerCase() || null;
    const phoneNumber = phone ? belgianPhoneNumber(phone) : null;
    if (!normalizedEmail && !phoneNumber) {
      throw badUserInput('Give an e-mail address or a Belgian phone number.', { field: 'email' });
    }
    const manager = this.dataSource.manager;
    const emailIndex = normalizedEmail ? this.vault.index(normalizedEmail) : null;
    const phoneIndex = phoneNumber ? this.vault.index(phoneNumber) : null;
    const people = await withProfiles(
      manager,
      this.vault,
      await manager.find(Person, {
        where: [...(emailIndex ? [{ emailIndex }] : []), ...(phoneIndex ? [{ mobileIndex: phoneIndex }] : [])],
      }),
    );
    // A line is the contract's: after its user's erasure it is still found by its number, naming no one.
    const lines = phoneNumber ? await manager.findBy(Subscription, { phoneNumber }) : [];
    const contacts = await manager.find(MarketingContact, {
      where: [...(emailIndex ? [{ emailIndex }] : []), ...(phoneIndex ? [{ phoneIndex }] : [])],
    });
    const identifiers = await contactIdentifiers(manager, this.vault, contacts);
    const found: PrivacySubjectView[] = [
      ...people.map((p) => subject(p.id, SubjectKind.PERSON, `${p.firstName} ${p.lastName} <${p.email}>`)),
      ...lines.map((l) => subject(l.id, SubjectKind.SUBSCRIPTION, `${l.kind} line ${l.phoneNumber}`)),
      ...contacts.map((c) => {
        const known = identifiers.get(c.id);
        return subject(c.id, SubjectKind.CONTACT, `non-customer ${known?.email ?? known?.phoneNumber}`);
      }),
    ];
    const now = this.clock.now();
    for (const match of found) await logStaffRead(manager, caller, match.id, 'findPrivacySubjects', now);
    return found;
  }
}

function subject(id: string, kind: SubjectKind, label: string): PrivacySubjectView {
  return Object.assign(new PrivacySubjectView(), { id, kind, label });
}
