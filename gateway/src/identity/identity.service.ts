import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { AccountMembership } from './account-membership.entity.js';
import { CustomerAccount } from './customer-account.entity.js';
import { PersonView, Role } from './identity.types.js';
import { accountAccessView, subscriptionView } from './identity.views.js';
import { knownPerson } from './people.js';
import type { Person } from './person.entity.js';
import { maskPhoneNumber } from './phone-number.js';
import { linesVisibleTo } from './subscription-access.js';

/** Who the signed-in person is, and what of their accounts they may see. */
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
  ) {}

  async me(caller: PersonCaller): Promise<PersonView> {
    const person = await knownPerson(this.dataSource.manager, this.vault, caller.personId);
    // A pending request is not shown: it would tell which customer numbers are real business accounts.
    const memberships = await this.dataSource.getRepository(AccountMembership).find({
      where: { personId: person.id, status: 'active' },
      relations: { account: true },
      order: { requestedAt: 'ASC' },
    });
    // The same rule as every other view of lines: a user sees only their own, and learns of no other.
    const lines = await linesVisibleTo(this.dataSource.manager, person.id);
    const accounts = memberships.map((membership) =>
      accountAccessView(
        membership,
        membership.account as CustomerAccount,
        lines
          .filter((line) => line.accountId === membership.accountId)
          .map((line) => subscriptionView(line, person.id)),
      ),
    );

    return Object.assign(new PersonView(), {
      id: person.id,
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      language: person.language,
      maskedMobileNumber: person.mobileNumber ? maskPhoneNumber(person.mobileNumber) : null,
      role: overallRole(person, memberships),
      accounts,
    });
  }
}

function overallRole(person: Person, memberships: AccountMembership[]): Role {
  if (person.staffRole) return person.staffRole;
  const administrator = memberships.some((m) => m.status === 'active' && m.role === 'administrator');
  return administrator ? Role.ADMINISTRATOR : Role.USER;
}
