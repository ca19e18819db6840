import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase } from './data-source.js';
import { freePort, startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseServer {
  /** URL of the gateway's database on this server. */
  url: string;
  /** Where it came from, for the start-up banner. */
  description: string;
  stop(): Promise<void>;
}

const databaseName = 'privacy';

/**
 * The database of `pnpm start` and the maintenance scripts: DATABASE_URL, or the embedded
 * PostgreSQL kept in the repository's git-ignored .data folder.
 */
export function productDatabaseOptions(env: NodeJS.ProcessEnv = process.env) {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    databaseUrl,
    dataDirectory: databaseUrl ? undefined : fileURLToPath(new URL('../../../.data/postgres', import.meta.url)),
    port: Number(env.EMBEDDED_POSTGRES_PORT ?? 5433),
  };
}

/**
 * The database to use: the server of DATABASE_URL when set; otherwise an embedded PostgreSQL,
 * kept in `dataDirectory` between runs, or thrown away (a fresh temporary folder) when none is given.
 */
export async function openDatabaseServer(options: {
  databaseUrl?: string;
  dataDirectory?: string;
  port?: number;
}): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, description: 'DATABASE_URL', stop: async () => {} };
  }
  const persistent = options.dataDirectory !== undefined;
  const temporaryFolder = persistent ? undefined : await mkdtemp(join(tmpdir(), 'privacy-pg-'));
  const dataDirectory = options.dataDirectory ?? join(temporaryFolder as string, 'data');
  const server = await startEmbeddedPostgres({
    dataDirectory,
    port: options.port ?? (await freePort()),
    persistent,
  });
  return {
    url: await ensureDatabase(server.url, databaseName),
    description: `embedded PostgreSQL in ${dataDirectory}`,
    stop: async () => {
      await server.stop();
      if (temporaryFolder) await rm(temporaryFolder, { recursive: true, force: true });
    },
  };
}
