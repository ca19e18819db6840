import pg from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import { type DatabaseUrls, inDatabase } from './database-urls.js';
import { SnakeNamingStrategy } from './snake-naming-strategy.js';

export interface DataSourceParts {
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own type for entity classes
  entities: MixedList<Function>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own type for migration classes
  migrations: MixedList<Function>;
}

/** The role is the login's own (decision 11): the application login or the owner, by the URL. */
export function createDataSource(url: string, parts: DataSourceParts): DataSource {
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
    extra: { max: 10 },
  });
}

/** Creates `name` as the owner on the server of `server` when missing and returns the URLs of that database. */
export async function ensureDatabase(server: DatabaseUrls, name: string, template?: string): Promise<DatabaseUrls> {
  const client = new pg.Client({ connectionString: server.owner });
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
  return inDatabase(server, name);
}
