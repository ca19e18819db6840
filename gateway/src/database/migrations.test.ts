import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationDataSource } from '../data-source.js';
import { ensureDatabase } from './data-source.js';

let dataSource: DataSource;

beforeAll(async () => {
  const database = await ensureDatabase(inject('databaseServer'), `migrations_${randomBytes(6).toString('hex')}`);
  dataSource = migrationDataSource(database.owner);
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

  it('give every check constraint the values its entity declares', async () => {
    // TypeORM's diff compares checks by name only: a changed list of allowed values would slip through.
    const literals = (expression: string) => [...expression.matchAll(/'([^']*)'/g)].map((match) => match[1]).sort();
    const drift: string[] = [];
    for (const entity of dataSource.entityMetadatas) {
      for (const check of entity.checks) {
        const [row] = await dataSource.query(
          'SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = $1',
          [check.name],
        );
        if (JSON.stringify(literals(row?.definition ?? '')) !== JSON.stringify(literals(check.expression ?? ''))) {
          drift.push(check.name);
        }
      }
    }
    expect(drift).toEqual([]);
  });

  it('revert one by one to an empty database, and apply again', async () => {
    const count = dataSource.migrations.length;
    for (let step = 0; step < count; step++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual(['migrations']);
    await dataSource.runMigrations();
    expect(await pendingSchemaChanges()).toEqual([]);
  });
});
