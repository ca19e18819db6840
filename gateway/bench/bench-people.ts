import type { DataSource } from 'typeorm';
import { SessionService } from '../src/authentication/session.service.js';
import type { GatewayConfig } from '../src/common/config.js';
import { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { createPerson } from '../src/identity/people.js';

/**
 * Many signed-in customers, so concurrent requests do not all queue on one person's rows: each
 * is the administrator of a consumer account with one mobile line. Sessions are issued directly;
 * the sign-in itself is measured on its own.
 */
export async function benchPeople(dataSource: DataSource, config: GatewayConfig, count: number): Promise<string[]> {
  const now = new Date();
  const vault = new PersonalDataVault(config.dataProtection);
  const [template] = await dataSource.query('SELECT password_hash FROM person WHERE email_index = $1', [
    vault.index('philip.smith@example.com'),
  ]);
  const sessions = new SessionService(dataSource, { now: () => now }, config);
  const tokens: string[] = [];
  await dataSource.transaction(async (manager) => {
    for (let index = 0; index < count; index++) {
      const number = String(index).padStart(5, '0');
      const person = await createPerson(manager, vault, {
        email: `bench${number}@example.com`,
        passwordHash: template.password_hash,
        mobileNumber: `+324710${number}`,
        firstName: 'Bench',
        lastName: number,
        language: 'en',
        staffRole: null,
        createdAt: now,
      });
      const [account] = await manager.query(
        `INSERT INTO customer_account (customer_number, segment, name, created_at) VALUES ($1, 'consumer', $2, $3) RETURNING id`,
        [`5000${number}`, `Bench ${number}`, now],
      );
      await manager.query(
        `INSERT INTO account_membership (account_id, person_id, role, status, requested_at, approved_at)
         VALUES ($1, $2, 'administrator', 'active', $3, $3)`,
        [account.id, person.id, now],
      );
      await manager.query(
        `INSERT INTO subscription (account_id, kind, phone_number, assigned_person_id, created_at)
         VALUES ($1, 'mobile', $2, $3, $4)`,
        [account.id, `+324710${number}`, person.id, now],
      );
      tokens.push((await sessions.issue(manager, person.id, 'full', now)).accessToken);
    }
  });
  return tokens;
}
