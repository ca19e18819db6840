import pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The role that holds the gateway's grants: every table but the ledger, which it may only SELECT
 * and INSERT (the LedgerProtection migration grants them).
 */
export const applicationRole = 'privacy_app';

/** The login the gateway connects as on the embedded PostgreSQL: a member of `privacy_app` and nothing more. */
export const applicationLogin = 'privacy_gateway';

/**
 * Creates or updates the application login through the owner's connection: what an operator of a
 * managed PostgreSQL does once by hand (decision 11), done on each start of the embedded one.
 */
export async function ensureApplicationLogin(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${applicationRole}') THEN CREATE ROLE ${applicationRole} NOLOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${applicationLogin}') THEN CREATE ROLE ${applicationLogin}; END IF;
    END $$`);
    await client.query(
      `ALTER ROLE ${applicationLogin} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
    );
    await client.query(`GRANT ${applicationRole} TO ${applicationLogin}`);
  } finally {
    await client.end();
  }
}

interface LoginPowers {
  login: string;
  superuser: boolean;
  createRole: boolean;
  memberOfOwner: boolean;
  mayChangeLedger: boolean;
}

/**
 * Refuses to serve on a connection that could rewrite the ledger: a superuser (disables triggers,
 * replica mode), a member of the owner (ALTER TABLE), a role with UPDATE, DELETE or TRUNCATE on
 * it, or one with CREATEROLE. It catches DATABASE_URL set to the owner's login.
 */
export async function assertApplicationLogin(dataSource: DataSource): Promise<void> {
  const [powers] = await dataSource.query<LoginPowers[]>(
    `SELECT role.rolname AS login, role.rolsuper AS superuser, role.rolcreaterole AS "createRole",
            pg_has_role(session_user, ledger.relowner, 'MEMBER') AS "memberOfOwner",
            has_table_privilege(session_user, ledger.oid, 'UPDATE, DELETE, TRUNCATE') AS "mayChangeLedger"
       FROM pg_roles role, pg_class ledger
      WHERE role.rolname = session_user AND ledger.oid = 'preference_event'::regclass`,
  );
  if (!powers) throw new Error('The ledger table preference_event is missing: run the migrations first');
  const reasons = [
    powers.superuser && 'is a superuser',
    powers.createRole && 'has CREATEROLE',
    powers.memberOfOwner && 'owns the ledger (or is a member of its owner)',
    powers.mayChangeLedger && 'may UPDATE, DELETE or TRUNCATE the ledger',
  ].filter(Boolean);
  if (reasons.length > 0) {
    throw new Error(
      `The gateway's database login ${powers.login} ${reasons.join(', ')}: DATABASE_URL must be the application login, MIGRATION_DATABASE_URL the owner (docs/decisions/0011-database-logins.md)`,
    );
  }
}
