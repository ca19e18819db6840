import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase } from './data-source.js';
import { type DatabaseUrls, externalDatabaseUrls } from './database-urls.js';
import { freePort, startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseServer {
  /** The gateway's database on this server, as the application login and as the owner. */
  urls: DatabaseUrls;
  /** Where it came from, for the start-up banner. */
  description: string;
  stop(): Promise<void>;
}

const databaseName = 'privacy';

/**
 * The database of `pnpm start` and the maintenance scripts: DATABASE_URL with MIGRATION_DATABASE_URL,
 * or the embedded PostgreSQL kept in the repository's git-ignored .data folder.
 */
export function productDatabaseOptions(env: NodeJS.ProcessEnv = process.env) {
  const urls = externalDatabaseUrls(env);
  return {
    urls,
    dataDirectory: urls ? undefined : fileURLToPath(new URL('../../../.data/postgres', import.meta.url)),
    port: Number(env.EMBEDDED_POSTGRES_PORT ?? 5433),
  };
}

/**
 * The database to use: the external one of `urls` when given; otherwise an embedded PostgreSQL,
 * kept in `dataDirectory` between runs, or thrown away (a fresh temporary folder) when none is given.
 */
export async function openDatabaseServer(options: {
  urls?: DatabaseUrls;
  dataDirectory?: string;
  port?: number;
  /** A throw-away server that still flushes every commit, as production does (the bench). */
  durable?: boolean;
}): Promise<DatabaseServer> {
  if (options.urls) {
    return { urls: options.urls, description: `DATABASE_URL, ${logins(options.urls)}`, stop: async () => {} };
  }
  const persistent = options.dataDirectory !== undefined;
  const temporaryFolder = persistent ? undefined : await mkdtemp(join(tmpdir(), 'privacy-pg-'));
  const dataDirectory = options.dataDirectory ?? join(temporaryFolder as string, 'data');
  const server = await startEmbeddedPostgres({
    dataDirectory,
    port: options.port ?? (await freePort()),
    persistent,
    durable: options.durable ?? persistent,
  });
  const urls = await ensureDatabase(server.urls, databaseName);
  return {
    urls,
    description: `embedded PostgreSQL in ${dataDirectory}, ${logins(urls)}`,
    stop: async () => {
      await server.stop();
      if (temporaryFolder) await rm(temporaryFolder, { recursive: true, force: true });
    },
  };
}

function logins(urls: DatabaseUrls): string {
  return `requests as ${new URL(urls.application).username}, migrations as ${new URL(urls.owner).username}`;
}
