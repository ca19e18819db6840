import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/common/config.js';
import { gatewayDataSource } from '../src/data-source.js';
import { ensureDatabase } from '../src/database/data-source.js';
import { freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { seedDemoData } from '../src/demo/demo-data.js';
import { migrate } from '../src/migrate.js';
import { ManualClock } from './manual-clock.js';
import './provided-context.js';

const templateDatabase = 'privacy_template';

/**
 * One throw-away PostgreSQL per test run (or DATABASE_URL's server), and one template database
 * with every migration and the demo data: each test file copies it, so files never share state.
 */
export default async function setup(project: TestProject) {
  const folder = process.env.DATABASE_URL ? undefined : await mkdtemp(join(tmpdir(), 'privacy-test-pg-'));
  const server = folder
    ? await startEmbeddedPostgres({ dataDirectory: join(folder, 'data'), port: await freePort(), persistent: false })
    : { url: process.env.DATABASE_URL as string, stop: async () => {} };

  const templateUrl = await ensureDatabase(server.url, templateDatabase);
  await migrate(templateUrl);
  const dataSource = gatewayDataSource(templateUrl);
  await dataSource.initialize();
  await seedDemoData(
    dataSource,
    new ManualClock(),
    new PersonalDataVault(loadConfig({ NODE_ENV: 'test' }).dataProtection),
  );
  await dataSource.destroy();

  project.provide('databaseServerUrl', server.url);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await server.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  };
}
