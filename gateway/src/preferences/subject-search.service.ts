import { isUUID } from 'class-validator';
import { Field, ID, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { wasErased } from '../common/outbox.js';
import { logStaffRead } from '../common/staff-reads.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import {
  belgianPhoneNumber,
  contactIdentifiers,
  findSubject,
  MarketingContact,
  Person,
  Subscription,
  subjectNotFound,
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

  @Field(() => Boolean, {
    description:
      'True for a subject erased since: only its pseudonymous id, its ledger and the proof of delivery remain, and the label says so.',
  })
  erased!: boolean;
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
    const found = [...(await this.labelled(people, lines, contacts))];
    const now = this.clock.now();
    for (const match of found) await logStaffRead(manager, caller, match.id, 'findPrivacySubjects', now);
    return found;
  }

  /**
   * One subject by its pseudonymous id, as the office opens its record (logged); an erased one
   * still answers, so its ledger and proof of delivery stay reachable (decision 24).
   */
  async one(caller: PersonCaller, subjectId: string): Promise<PrivacySubjectView> {
    if (!isUUID(subjectId)) throw subjectNotFound();
    const manager = this.dataSource.manager;
    const found = await findSubject(manager, subjectId);
    if (!found && !(await wasErased(manager, subjectId))) throw subjectNotFound();
    await logStaffRead(manager, caller, subjectId, 'privacySubject', this.clock.now());
    if (!found) return subject(subjectId, SubjectKind.PERSON, 'erased person', true);
    const [view] = await this.labelled(
      found.kind === 'person'
        ? await withProfiles(manager, this.vault, await manager.findBy(Person, { id: subjectId }))
        : [],
      found.kind === 'subscription' ? await manager.findBy(Subscription, { id: subjectId }) : [],
      found.kind === 'contact' ? await manager.findBy(MarketingContact, { id: subjectId }) : [],
    );
    if (!view) throw subjectNotFound();
    return view;
  }

  private async labelled(
    people: Awaited<ReturnType<typeof withProfiles>>,
    lines: Subscription[],
    contacts: MarketingContact[],
  ): Promise<PrivacySubjectView[]> {
    const identifiers = await contactIdentifiers(this.dataSource.manager, this.vault, contacts);
    return [
      ...people.map((p) => subject(p.id, SubjectKind.PERSON, `${p.firstName} ${p.lastName} <${p.email}>`)),
      ...lines.map((l) => subject(l.id, SubjectKind.SUBSCRIPTION, `${l.kind} line ${l.phoneNumber}`)),
      ...contacts.map((c) => {
        const known = identifiers.get(c.id);
        return subject(c.id, SubjectKind.CONTACT, `non-customer ${known?.email ?? known?.phoneNumber}`);
      }),
    ];
  }
}

function subject(id: string, kind: SubjectKind, label: string, erased = false): PrivacySubjectView {
  return Object.assign(new PrivacySubjectView(), { id, kind, label, erased });
}
