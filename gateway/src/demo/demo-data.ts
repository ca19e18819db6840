import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../authentication/index.js';
import type { StaffRole } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { AccountMembership, type MembershipRole } from '../identity/account-membership.entity.js';
import { type AccountSegment, CustomerAccount } from '../identity/customer-account.entity.js';
import { createPerson } from '../identity/index.js';
import { Invoice } from '../identity/invoice.entity.js';
import { Person } from '../identity/person.entity.js';
import { Subscription, type SubscriptionKind } from '../identity/subscription.entity.js';

/** The password of every demo person (CONTRACT.md). */
export const demoPassword = 'Privacy2026';

interface DemoPerson {
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  language: Language;
  staffRole?: StaffRole;
  membership?: { customerNumber: string; role: MembershipRole };
}

const accounts: { customerNumber: string; segment: AccountSegment; name: string }[] = [
  { customerNumber: '123456789', segment: 'consumer', name: 'Smith family' },
  { customerNumber: '987654321', segment: 'enterprise', name: 'Acme BV' },
];

const people: DemoPerson[] = [
  {
    firstName: 'Philip',
    lastName: 'Smith',
    email: 'philip.smith@example.com',
    mobile: '+32470000001',
    language: 'en',
    membership: { customerNumber: '123456789', role: 'administrator' },
  },
  {
    firstName: 'Mary',
    lastName: 'Jones',
    email: 'mary.jones@example.com',
    mobile: '+32470000002',
    language: 'en',
    membership: { customerNumber: '123456789', role: 'user' },
  },
  {
    firstName: 'Tracy',
    lastName: 'Smith',
    email: 'tracy.smith@example.com',
    mobile: '+32470000003',
    language: 'nl',
    membership: { customerNumber: '123456789', role: 'user' },
  },
  {
    firstName: 'Anna',
    lastName: 'Peeters',
    email: 'anna.peeters@example.com',
    mobile: '+32470000011',
    language: 'nl',
    membership: { customerNumber: '987654321', role: 'administrator' },
  },
  {
    firstName: 'Bram',
    lastName: 'Claes',
    email: 'bram.claes@example.com',
    mobile: '+32470000012',
    language: 'nl',
    membership: { customerNumber: '987654321', role: 'administrator' },
  },
  {
    firstName: 'Chris',
    lastName: 'Maes',
    email: 'chris.maes@example.com',
    mobile: '+32470000013',
    language: 'fr',
    membership: { customerNumber: '987654321', role: 'user' },
  },
  {
    firstName: 'Dana',
    lastName: 'Data',
    email: 'dpo@example.com',
    mobile: '+32470000091',
    language: 'en',
    staffRole: 'data-protection-officer',
  },
  {
    firstName: 'Alex',
    lastName: 'Agent',
    email: 'agent@example.com',
    mobile: '+32470000092',
    language: 'en',
    staffRole: 'customer-service-agent',
  },
];

/** Lines without a person: the Smith family's TV, internet and fixed line, Acme's switchboard and internet. */
const unassignedSubscriptions: { customerNumber: string; kind: SubscriptionKind; phoneNumber: string | null }[] = [
  { customerNumber: '123456789', kind: 'tv', phoneNumber: null },
  { customerNumber: '123456789', kind: 'internet', phoneNumber: null },
  { customerNumber: '123456789', kind: 'fixed-voice', phoneNumber: '+3221234567' },
  { customerNumber: '987654321', kind: 'fixed-voice', phoneNumber: '+3227654321' },
  { customerNumber: '987654321', kind: 'internet', phoneNumber: null },
];

/** Creates the demo accounts of CONTRACT.md on an empty database; returns false when people already exist. */
export async function seedDemoData(dataSource: DataSource, clock: Clock, vault: PersonalDataVault): Promise<boolean> {
  const now = clock.now();
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Person)) > 0) return false;
    const accountIds = new Map<string, string>();
    for (const account of accounts) {
      const saved = await manager.save(CustomerAccount, { ...account, createdAt: now });
      accountIds.set(account.customerNumber, saved.id);
    }
    for (const demo of people) await addPerson(manager, vault, demo, accountIds, now);
    for (const account of accounts) await addInvoices(manager, account.customerNumber, accountIds, now);
    for (const line of unassignedSubscriptions) {
      await manager.insert(Subscription, {
        accountId: accountIds.get(line.customerNumber) as string,
        kind: line.kind,
        phoneNumber: line.phoneNumber,
        assignedPersonId: null,
        createdAt: now,
      });
    }
    return true;
  });
}

async function addPerson(
  manager: EntityManager,
  vault: PersonalDataVault,
  demo: DemoPerson,
  accountIds: Map<string, string>,
  now: Date,
) {
  const person = await createPerson(manager, vault, {
    email: demo.email,
    passwordHash: await hashPassword(demoPassword),
    mobileNumber: demo.mobile,
    firstName: demo.firstName,
    lastName: demo.lastName,
    language: demo.language,
    staffRole: demo.staffRole ?? null,
    createdAt: now,
  });
  if (!demo.membership) return;
  const accountId = accountIds.get(demo.membership.customerNumber) as string;
  await manager.insert(AccountMembership, {
    accountId,
    personId: person.id,
    role: demo.membership.role,
    status: 'active',
    requestedAt: now,
    approvedAt: now,
  });
  await manager.insert(Subscription, {
    accountId,
    kind: 'mobile',
    phoneNumber: demo.mobile,
    assignedPersonId: person.id,
    createdAt: now,
  });
}

/** Two bills per account, addressed to its first administrator, listing its mobile numbers. */
async function addInvoices(manager: EntityManager, customerNumber: string, accountIds: Map<string, string>, now: Date) {
  const accountId = accountIds.get(customerNumber) as string;
  const holder = people.find(
    (p) => p.membership?.customerNumber === customerNumber && p.membership.role === 'administrator',
  );
  const numbers = people.filter((p) => p.membership?.customerNumber === customerNumber).map((p) => p.mobile);
  for (const [period, amountCents] of [
    ['2026-09', 8_450],
    ['2026-10', 9_120],
  ] as const) {
    await manager.insert(Invoice, {
      accountId,
      period,
      amountCents,
      addresseeName: `${holder?.firstName} ${holder?.lastName}`,
      addresseeEmail: holder?.email ?? '',
      numbers,
      issuedAt: now,
    });
  }
}
