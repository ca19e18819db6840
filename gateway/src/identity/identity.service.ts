import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { AccountMembership } from './account-membership.entity.js';
import { CustomerAccount } from './customer-account.entity.js';
import { PersonView, Role } from './identity.types.js';
import { accountAccessView, subscriptionView } from './identity.views.js';
import { Person } from './person.entity.js';
import { maskPhoneNumber } from './phone-number.js';
import { Subscription } from './subscription.entity.js';

/** Who the signed-in person is, and what of their accounts they may see. */
export class IdentityService {
  constructor(private readonly dataSource: DataSource) {}

  async me(caller: PersonCaller): Promise<PersonView> {
    const person = await this.dataSource.getRepository(Person).findOneOrFail({ where: { id: caller.personId } });
    const memberships = await this.dataSource.getRepository(AccountMembership).find({
      where: { personId: person.id },
      relations: { account: true },
      order: { requestedAt: 'ASC' },
    });
    const activeAccountIds = memberships.filter((m) => m.status === 'active').map((m) => m.accountId);
    const subscriptions = await this.dataSource.getRepository(Subscription).find({
      where: { accountId: In(activeAccountIds) },
      order: { kind: 'ASC', phoneNumber: 'ASC' },
    });

    const accounts = memberships.map((membership) => {
      // A user sees only their own line: nothing tells them other lines exist.
      const visible = subscriptions.filter(
        (s) =>
          membership.status === 'active' &&
          s.accountId === membership.accountId &&
          (membership.role === 'administrator' || s.assignedPersonId === person.id),
      );
      return accountAccessView(
        membership,
        membership.account as CustomerAccount,
        visible.map((s) => subscriptionView(s, person.id)),
      );
    });

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
  if (person.staffRole) return person.staffRole as Role;
  const administrator = memberships.some((m) => m.status === 'active' && m.role === 'administrator');
  return administrator ? Role.ADMINISTRATOR : Role.USER;
}
