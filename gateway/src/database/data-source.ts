import pg from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming-strategy.js';

export interface DataSourceParts {
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own type for entity classes
  entities: MixedList<Function>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own type for migration classes
  migrations: MixedList<Function>;
}

/**
 * The role the gateway's requests run as: it may only read and append the ledger (the grants of
 * the LedgerProtection migration). Migrations run as the connection's own user, the owner.
 */
export const applicationRole = 'privacy_app';

export function createDataSource(url: string, parts: DataSourceParts, as: 'application' | 'owner'): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 10, ...(as === 'application' ? { options: `-c role=${applicationRole}` } : {}) },
  });
}

/** Creates `name` on the server of `serverUrl` when missing and returns the URL of that database. */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
