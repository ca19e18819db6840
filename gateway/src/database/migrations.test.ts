import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationDataSource } from '../data-source.js';
import { ensureDatabase } from './data-source.js';

let dataSource: DataSource;

beforeAll(async () => {
  const url = await ensureDatabase(inject('databaseServerUrl'), `migrations_${randomBytes(6).toString('hex')}`);
  dataSource = migrationDataSource(url);
  await dataSource.initialize();
});
afterAll(() => dataSource.destroy());

async function pendingSchemaChanges(): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

async function tables(): Promise<string[]> {
  const rows: { tablename: string }[] = await dataSource.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((row) => row.tablename);
}

describe('migrations', () => {
  it('build exactly the schema the entities describe', async () => {
    await dataSource.runMigrations();
    expect(
      await pendingSchemaChanges(),
      'generate a migration: pnpm --filter ./gateway migration:generate <Name>',
    ).toEqual([]);
  });

  it('revert one by one to an empty database, and apply again', async () => {
    const count = dataSource.migrations.length;
    for (let step = 0; step < count; step++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual(['migrations']);
    await dataSource.runMigrations();
    expect(await pendingSchemaChanges()).toEqual([]);
  });
});
