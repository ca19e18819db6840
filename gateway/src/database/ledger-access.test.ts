import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
  const token = await gateway.signIn('mary.jones@example.com');
  await gateway.graphql(operations.setMarketingObjection, { input: { objected: true } }, { token });
});
afterAll(() => gateway.stop());

/** Every row of the ledger in one string: equal before and after means nothing was rewritten. */
async function ledger(): Promise<string> {
  const [row] = await gateway.ownerQuery<{ rows: string }>(
    "SELECT count(*) || md5(string_agg(event::text, ',' ORDER BY event.event_id)) AS rows FROM preference_event event",
  );
  return row?.rows ?? '';
}

/** Runs the statements one after the other on one connection of the gateway's own pool, as an insider would. */
async function onTheGatewaysConnection(statements: string[]): Promise<void> {
  const runner = gateway.dataSource.createQueryRunner();
  try {
    for (const statement of statements) await runner.query(statement);
  } finally {
    await runner.release();
  }
}

function withPassword(url: string, password: string): string {
  const changed = new URL(url);
  changed.password = password;
  return changed.toString();
}

async function connects(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
}

describe("the gateway's own database connection cannot rewrite the ledger", () => {
  it.each([
    [
      'UPDATE after SET ROLE NONE',
      ['SET ROLE NONE', "UPDATE preference_event SET decision = 'granted'"],
      /permission denied for table preference_event/,
    ],
    [
      'DELETE after SET ROLE NONE',
      ['SET ROLE NONE', 'DELETE FROM preference_event'],
      /permission denied for table preference_event/,
    ],
    [
      'TRUNCATE after SET ROLE NONE',
      ['SET ROLE NONE', 'TRUNCATE preference_event'],
      /permission denied for table preference_event/,
    ],
    [
      'disabling the triggers',
      ['SET ROLE NONE', 'ALTER TABLE preference_event DISABLE TRIGGER ALL', 'DELETE FROM preference_event'],
      /must be owner of table preference_event/,
    ],
    [
      'replica mode, which skips triggers',
      ['SET ROLE NONE', 'SET session_replication_role = replica', 'DELETE FROM preference_event'],
      /permission denied to set parameter "session_replication_role"/,
    ],
    [
      'creating a role of its own',
      ['SET ROLE NONE', 'CREATE ROLE intruder SUPERUSER LOGIN'],
      /permission denied to create role/,
    ],
  ])('refuses %s and leaves the ledger as it was', async (_attempt, statements, refusal) => {
    const before = await ledger();
    await expect(onTheGatewaysConnection(statements)).rejects.toThrow(refusal);
    expect(await ledger()).toBe(before);
  });

  it('logs in as a role that is no superuser, cannot create roles and is not a member of the ledger owner', async () => {
    const [login] = await gateway.dataSource.query(
      `SELECT role.rolsuper AS superuser, role.rolcreaterole AS "createRole", role.rolcreatedb AS "createDatabase",
              role.rolreplication AS replication, role.rolbypassrls AS "bypassRowSecurity",
              pg_has_role(session_user, ledger.relowner, 'MEMBER') AS "memberOfOwner",
              EXISTS (SELECT FROM pg_class owned WHERE owned.relowner = role.oid) AS "ownsSomething"
         FROM pg_roles role, pg_class ledger
        WHERE role.rolname = session_user AND ledger.oid = 'preference_event'::regclass`,
    );
    expect(login).toEqual({
      superuser: false,
      createRole: false,
      createDatabase: false,
      replication: false,
      bypassRowSecurity: false,
      memberOfOwner: false,
      ownsSomething: false,
    });
  });

  it('leaves the owner able to, as an insider with the owner credentials would be', async () => {
    await gateway.ownerQuery('ALTER TABLE preference_event DISABLE TRIGGER ALL');
    await gateway.ownerQuery('ALTER TABLE preference_event ENABLE TRIGGER ALL');
  });
});

describe("the gateway's own database connection cannot rewrite the migration history", () => {
  it.each([
    ['DELETE', 'DELETE FROM migrations'],
    ['INSERT', "INSERT INTO migrations (timestamp, name) VALUES (1, 'Forged1')"],
    ['UPDATE', "UPDATE migrations SET name = 'Forged1'"],
  ])('refuses %s, which would hide a pending migration from /readyz', async (_verb, sql) => {
    await expect(gateway.dataSource.query(sql)).rejects.toThrow(/permission denied for table migrations/);
  });
});

describe('the embedded PostgreSQL', () => {
  const applicationUrl = () => String((gateway.dataSource.options as { url: string }).url);

  it('refuses a wrong password of the application login', async () => {
    await expect(connects(withPassword(applicationUrl(), 'wrong'))).rejects.toThrow(/password authentication failed/);
  });

  it('refuses the fixed password of earlier versions for the superuser', async () => {
    const superuser = new URL(applicationUrl());
    superuser.username = 'postgres';
    await expect(connects(withPassword(superuser.toString(), 'postgres'))).rejects.toThrow(
      /password authentication failed/,
    );
  });

  it('lets the application login in with its own password', async () => {
    await expect(connects(applicationUrl())).resolves.toBeUndefined();
  });
});
