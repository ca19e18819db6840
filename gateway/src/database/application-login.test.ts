import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { migrationDataSource } from '../data-source.js';
import { assertApplicationLogin } from './application-login.js';
import { inDatabase } from './database-urls.js';

let gateway: TestGateway;
let owner: DataSource;
beforeAll(async () => {
  gateway = await startTestGateway();
  const [{ name }] = await gateway.dataSource.query<{ name: string }[]>('SELECT current_database() AS name');
  owner = migrationDataSource(inDatabase(inject('databaseServer'), name).owner);
  await owner.initialize();
});
afterAll(async () => {
  await owner.destroy();
  await gateway.stop();
});

describe('the check of the gateway login at start', () => {
  it('accepts the application login', async () => {
    await expect(assertApplicationLogin(gateway.dataSource)).resolves.toBeUndefined();
  });

  it('refuses the owner, as when DATABASE_URL is set to the owner login', async () => {
    await expect(assertApplicationLogin(owner)).rejects.toThrow(
      /owns the ledger .* DATABASE_URL must be the application login/,
    );
  });

  it('refuses a login that was granted UPDATE on the ledger', async () => {
    await gateway.ownerQuery('GRANT UPDATE ON preference_event TO privacy_app');
    try {
      await expect(assertApplicationLogin(gateway.dataSource)).rejects.toThrow(
        /login privacy_gateway may UPDATE, DELETE or TRUNCATE the ledger/,
      );
    } finally {
      await gateway.ownerQuery('REVOKE UPDATE ON preference_event FROM privacy_app');
    }
  });
});
