import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { ensureDatabase } from '../src/database/data-source.js';
import type { DatabaseUrls } from '../src/database/database-urls.js';
import { freePort } from '../src/database/embedded-postgres.js';
import { newLedgerSigningKeyPem } from '../src/preferences/checkpoint-signing-key.js';
import { latestCode, type OutboxMessage } from './test-gateway.js';
import './provided-context.js';

export interface GatewayProcess {
  url: string;
  database: DatabaseUrls;
  process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: unknown[] } }>;
  /** Signs a demo person in through this process's public mutations and dev outbox. */
  signIn(email: string): Promise<string>;
}

const gatewayFolder = fileURLToPath(new URL('..', import.meta.url));

/** A fresh copy of the demo database, for gateway processes to share. */
export function demoDatabaseCopy(): Promise<DatabaseUrls> {
  return ensureDatabase(inject('databaseServer'), `test_${randomBytes(6).toString('hex')}`, inject('templateDatabase'));
}

/**
 * `pnpm start`'s entry point as a process of its own, as a deployment runs it, on `database`;
 * `built` runs the compiled `dist/main.js` (`pnpm --filter ./gateway build`) with plain node, as the container does.
 */
export async function startGatewayProcess(
  database: DatabaseUrls,
  env: Record<string, string> = {},
  options: { built?: boolean } = {},
): Promise<GatewayProcess> {
  const port = await freePort();
  const entry = options.built ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: gatewayFolder,
    env: {
      ...process.env,
      DATABASE_URL: database.application,
      MIGRATION_DATABASE_URL: database.owner,
      PORT: String(port),
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      LEDGER_CHECKPOINT_SECONDS: '0',
      LEDGER_SIGNING_KEY: newLedgerSigningKeyPem(),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  const url = `http://localhost:${port}`;
  for (let waited = 0; ; waited += 100) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (waited > 30_000) throw new Error('The gateway process did not become ready');
    await new Promise((resume) => setTimeout(resume, 100));
  }
  const graphql: GatewayProcess['graphql'] = async (query, variables = {}, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as Awaited<ReturnType<GatewayProcess['graphql']>>['body'],
    };
  };
  const signIn = async (email: string) => {
    const started = await graphql(
      'mutation($e: String!, $p: String!) { startSignIn(email: $e, password: $p) { challengeId } }',
      { e: email, p: 'Privacy2026' },
    );
    const challenge = started.body.data?.startSignIn as { challengeId: string } | undefined;
    const code = latestCode((await (await fetch(`${url}/dev/outbox`)).json()) as OutboxMessage[]);
    const completed = await graphql(
      'mutation($id: ID!, $code: String!) { completeSignIn(challengeId: $id, code: $code) { accessToken } }',
      { id: challenge?.challengeId, code },
    );
    const session = completed.body.data?.completeSignIn as { accessToken: string } | undefined;
    if (!session) throw new Error(`Sign-in failed: ${JSON.stringify(completed.body.errors)}`);
    return session.accessToken;
  };
  return { url, database, process: child, exited, graphql, signIn };
}
