import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { belgianPhoneNumber, createContact, findContact } from '../identity/index.js';
import { contactNeedsAnAddress } from './preference.errors.js';
import type { PurposeStateView } from './preference.types.js';
import type { PreferenceChangeService } from './preference-change.service.js';

/**
 * A person known only by an e-mail address or a phone number objects to marketing through an
 * agent (DOMAIN.md, non-customer). The contact is found or created in the same transaction as
 * the objection, so a refused objection leaves no contact behind.
 */
export class NonCustomerObjectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly changes: PreferenceChangeService,
    private readonly vault: PersonalDataVault,
  ) {}

  async record(
    agent: PersonCaller,
    input: {
      email?: string | null;
      phoneNumber?: string | null;
      channel?: string | null;
      idempotencyKey?: string | null;
    },
  ): Promise<PurposeStateView> {
    const email = input.email ? input.email.trim().toLowerCase() : null;
    const phoneNumber = input.phoneNumber ? belgianPhoneNumber(input.phoneNumber) : null;
    if (input.phoneNumber && !phoneNumber) {
      throw badUserInput('Give a Belgian phone number, such as 0470 12 34 56 or 02 123 45 67.', {
        field: 'phoneNumber',
      });
    }
    if (!email && !phoneNumber) throw contactNeedsAnAddress();
    return this.dataSource.transaction(async (manager) => {
      const identifiers = { email, phoneNumber };
      const contact =
        (await findContact(manager, this.vault, identifiers)) ??
        (await createContact(manager, this.vault, identifiers, this.clock.now()));
      return this.changes.changeWithin(manager, agent, {
        operation: 'recordNonCustomerObjection',
        purpose: 'direct-marketing',
        channel: input.channel ?? null,
        allowed: false,
        subjectId: contact.id,
        collectionChannel: 'phone',
        idempotencyKey: input.idempotencyKey ?? null,
      });
    });
  }
}
