import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { MessageSender } from '../messaging/index.js';
import { AccountMembership } from './account-membership.entity.js';
import { CustomerAccount, isBusiness } from './customer-account.entity.js';
import {
  type AdministratorRefusal,
  cannotBecomeAdministrator,
  delegatesOnlyForBusiness,
  invalidCustomerNumber,
  notAccountAdministrator,
} from './identity.errors.js';
import { identityMessages } from './identity.messages.js';
import type { AccountMemberView } from './identity.types.js';
import { accountMemberView } from './identity.views.js';
import { type KnownPerson, knownPerson, withProfiles } from './people.js';
import type { Person } from './person.entity.js';
import { Subscription } from './subscription.entity.js';

/**
 * Roles on a customer number: a consumer user becomes administrator with their own postpaid
 * Proximus line (administrator-or-user.txt); a business delegate user asks for access and an
 * access owner approves it (business-registration-access-owner-delegate.txt).
 */
export class AccountRolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: MessageSender,
    private readonly vault: PersonalDataVault,
    /** The host site's page of px-account-access, linked from the owners' e-mail ("approve in MyProximus"). */
    private readonly accessScreenUrl: string,
  ) {}

  async becomeAdministrator(caller: PersonCaller, customerNumber: string): Promise<void> {
    assertCustomerNumber(customerNumber);
    const now = this.clock.now();
    const { person, replaced } = await this.dataSource.transaction(async (manager) => {
      // Locking the account serializes two users taking over at the same moment.
      const account = await manager.findOne(CustomerAccount, {
        where: { customerNumber },
        lock: { mode: 'pessimistic_write' },
      });
      const person = await knownPerson(manager, this.vault, caller.personId);
      const refusal = await administratorRefusal(manager, person, account);
      if (refusal) throw cannotBecomeAdministrator(refusal);
      const accountId = (account as CustomerAccount).id;
      const administrators = await manager.find(AccountMembership, {
        where: { accountId, role: 'administrator' },
        relations: { person: true },
      });
      const replaced = administrators.filter((m) => m.personId !== person.id);
      if (replaced.length > 0) {
        await manager.update(
          AccountMembership,
          replaced.map((m) => m.id),
          { role: 'user' },
        );
      }
      await manager.upsert(
        AccountMembership,
        { accountId, personId: person.id, role: 'administrator', status: 'active', requestedAt: now, approvedAt: now },
        { conflictPaths: ['accountId', 'personId'] },
      );
      return {
        person,
        replaced: await withProfiles(
          manager,
          this.vault,
          replaced.map((m) => m.person as Person),
        ),
      };
    });
    for (const previous of replaced) {
      const email = identityMessages[previous.language].administratorReplaced(
        `${person.firstName} ${person.lastName}`,
        customerNumber,
      );
      await this.messages.send({
        channel: 'email',
        recipientId: previous.id,
        aboutId: person.id,
        to: previous.email,
        ...email,
      });
    }
  }

  async requestAccountAccess(caller: PersonCaller, customerNumber: string): Promise<void> {
    assertCustomerNumber(customerNumber);
    const now = this.clock.now();
    const { person, owners } = await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(CustomerAccount, { where: { customerNumber } });
      const person = await knownPerson(manager, this.vault, caller.personId);
      // Only a member learns what kind of account it is: anyone else gets the answer of a real
      // request, so no signed-in person can tell which customer numbers exist.
      if (account && !isBusiness(account.segment) && (await isMember(manager, person.id, account.id))) {
        throw delegatesOnlyForBusiness();
      }
      if (!account || !isBusiness(account.segment)) return { person, owners: [] };
      const inserted: unknown[] = await manager.query(
        `INSERT INTO account_membership (account_id, person_id, role, status, requested_at)
         VALUES ($1, $2, 'user', 'pending', $3) ON CONFLICT DO NOTHING RETURNING id`,
        [account.id, person.id, now],
      );
      // Asking twice, or when already a member, changes nothing and tells no one again.
      if (inserted.length === 0) return { person, owners: [] };
      const owners = await manager.find(AccountMembership, {
        where: { accountId: account.id, role: 'administrator', status: 'active' },
        relations: { person: true },
      });
      return {
        person,
        owners: await withProfiles(
          manager,
          this.vault,
          owners.map((m) => m.person as Person),
        ),
      };
    });
    for (const owner of owners) {
      const link = new URL(this.accessScreenUrl);
      link.searchParams.set('customer', customerNumber);
      const email = identityMessages[owner.language].accessRequested(
        `${person.firstName} ${person.lastName}`,
        customerNumber,
        link.toString(),
      );
      // The owner's copy names the person asking: sealed with the asker's key, it goes with their erasure.
      await this.messages.send({
        channel: 'email',
        recipientId: owner.id,
        aboutId: person.id,
        to: owner.email,
        ...email,
      });
    }
  }

  async approveAccountAccess(caller: PersonCaller, membershipId: string): Promise<AccountMemberView> {
    if (!isUUID(membershipId)) throw notAccountAdministrator();
    const now = this.clock.now();
    const { membership, account, newlyApproved } = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(AccountMembership, {
        where: { id: membershipId },
        relations: { person: true, account: true },
        lock: { mode: 'pessimistic_write', tables: ['account_membership'] },
      });
      if (!membership || !(await isActiveAdministrator(manager, caller.personId, membership.accountId))) {
        throw notAccountAdministrator();
      }
      const newlyApproved = membership.status === 'pending';
      if (newlyApproved) {
        membership.status = 'active';
        membership.approvedAt = now;
        membership.approvedByPersonId = caller.personId;
        await manager.update(AccountMembership, membership.id, {
          status: 'active',
          approvedAt: now,
          approvedByPersonId: caller.personId,
        });
      }
      return { membership, account: membership.account as CustomerAccount, newlyApproved };
    });
    const person = await knownPerson(this.dataSource.manager, this.vault, membership.personId);
    if (newlyApproved) {
      const email = identityMessages[person.language].accessApproved(account.customerNumber);
      await this.messages.send({ channel: 'email', recipientId: person.id, to: person.email, ...email });
    }
    return accountMemberView(membership, person);
  }

  /** An access owner refuses a delegate's pending request: it is removed (the person may ask again) and they are told. */
  async refuseAccountAccess(caller: PersonCaller, membershipId: string): Promise<void> {
    if (!isUUID(membershipId)) throw notAccountAdministrator();
    const refused = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(AccountMembership, {
        where: { id: membershipId, status: 'pending' },
        relations: { account: true },
        lock: { mode: 'pessimistic_write', tables: ['account_membership'] },
      });
      // An active member is not "refused" here; like an unknown id, it is no pending request of theirs.
      if (!membership || !(await isActiveAdministrator(manager, caller.personId, membership.accountId))) {
        throw notAccountAdministrator();
      }
      await manager.delete(AccountMembership, membership.id);
      return { personId: membership.personId, customerNumber: (membership.account as CustomerAccount).customerNumber };
    });
    const person = await knownPerson(this.dataSource.manager, this.vault, refused.personId);
    const email = identityMessages[person.language].accessRefused(refused.customerNumber);
    await this.messages.send({ channel: 'email', recipientId: person.id, to: person.email, ...email });
  }

  async accountMembers(caller: PersonCaller, customerNumber: string): Promise<AccountMemberView[]> {
    assertCustomerNumber(customerNumber);
    const manager = this.dataSource.manager;
    const account = await manager.findOne(CustomerAccount, { where: { customerNumber } });
    if (!account || !(await isActiveAdministrator(manager, caller.personId, account.id))) {
      throw notAccountAdministrator();
    }
    const memberships = await manager.find(AccountMembership, {
      where: { accountId: account.id },
      relations: { person: true },
      order: { requestedAt: 'ASC' },
    });
    const people = await withProfiles(
      manager,
      this.vault,
      memberships.map((m) => m.person as Person),
    );
    return memberships.map((m, index) => accountMemberView(m, people[index] as KnownPerson));
  }
}

function assertCustomerNumber(customerNumber: string): void {
  if (!/^[0-9]{9}$/.test(customerNumber)) throw invalidCustomerNumber();
}

async function isMember(manager: EntityManager, personId: string, accountId: string): Promise<boolean> {
  return manager.exists(AccountMembership, { where: { personId, accountId, status: 'active' } });
}

async function isActiveAdministrator(manager: EntityManager, personId: string, accountId: string): Promise<boolean> {
  return manager.exists(AccountMembership, { where: { personId, accountId, role: 'administrator', status: 'active' } });
}

async function administratorRefusal(
  manager: EntityManager,
  person: KnownPerson,
  account: CustomerAccount | null,
): Promise<AdministratorRefusal | null> {
  // First what the person's own line says; what the account is only once that line is on it, so
  // an unknown number and someone else's account answer alike.
  const line = person.mobileNumber
    ? await manager.findOne(Subscription, { where: { kind: 'mobile', phoneNumber: person.mobileNumber } })
    : null;
  if (!line) return 'OTHER_OPERATOR';
  if (!account || line.accountId !== account.id) return 'NOT_ON_ACCOUNT';
  if (isBusiness(account.segment)) return 'BUSINESS_ACCOUNT';
  if (line.billing === 'prepaid') return 'PREPAID';
  if (line.paidByEmployer) return 'EMPLOYER_PAID';
  return null;
}
