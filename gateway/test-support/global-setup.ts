import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/common/config.js';
import { gatewayDataSource } from '../src/data-source.js';
import { ensureDatabase } from '../src/database/data-source.js';
import { type DatabaseUrls, externalDatabaseUrls } from '../src/database/database-urls.js';
import { freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { seedDemoData } from '../src/demo/demo-data.js';
import { migrate } from '../src/migrate.js';
import { ManualClock } from './manual-clock.js';
import './provided-context.js';

const templateDatabase = 'privacy_template';

/**
 * One throw-away PostgreSQL per test run (or the server of DATABASE_URL and MIGRATION_DATABASE_URL),
 * and one template database with every migration and the demo data: each test file copies it, so
 * files never share state.
 */
export default async function setup(project: TestProject) {
  const external = externalDatabaseUrls();
  const folder = external ? undefined : await mkdtemp(join(tmpdir(), 'privacy-test-pg-'));
  const server = folder
    ? await startEmbeddedPostgres({ dataDirectory: join(folder, 'data'), port: await freePort(), persistent: false })
    : { urls: external as DatabaseUrls, stop: async () => {} };

  const template = await ensureDatabase(server.urls, templateDatabase);
  await migrate(template.owner);
  const dataSource = gatewayDataSource(template.application);
  await dataSource.initialize();
  await seedDemoData(
    dataSource,
    new ManualClock(),
    new PersonalDataVault(loadConfig({ NODE_ENV: 'test' }).dataProtection),
  );
  await dataSource.destroy();

  project.provide('databaseServer', server.urls);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await server.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  };
}
