import { describe, expect, it } from 'vitest';
import { externalDatabaseUrls, inDatabase } from './database-urls.js';

const application = 'postgres://privacy_gateway:a@db.example/privacy';
const owner = 'postgres://privacy_owner:b@db.example/privacy';

describe('the external database settings', () => {
  it('take DATABASE_URL as the gateway login and MIGRATION_DATABASE_URL as the owner', () => {
    expect(externalDatabaseUrls({ DATABASE_URL: application, MIGRATION_DATABASE_URL: owner })).toEqual({
      application,
      owner,
    });
  });

  it('mean the embedded PostgreSQL when neither is set', () => {
    expect(externalDatabaseUrls({ DATABASE_URL: '', MIGRATION_DATABASE_URL: '' })).toBeUndefined();
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: application }],
    ['MIGRATION_DATABASE_URL', { MIGRATION_DATABASE_URL: owner }],
  ])('refuse %s alone', (_name, env) => {
    expect(() => externalDatabaseUrls(env)).toThrow(/Set DATABASE_URL .* and MIGRATION_DATABASE_URL .* together/);
  });

  it('name another database of the same server for both logins', () => {
    expect(inDatabase({ application, owner }, 'test_1')).toEqual({
      application: 'postgres://privacy_gateway:a@db.example/test_1',
      owner: 'postgres://privacy_owner:b@db.example/test_1',
    });
  });
});
