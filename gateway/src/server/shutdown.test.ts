import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { latestCode, type OutboxMessage } from '../../test-support/index.js';
import '../../test-support/provided-context.js';
import { ensureDatabase } from '../database/data-source.js';
import { freePort } from '../database/embedded-postgres.js';
import { newLedgerSigningKeyPem } from '../preferences/checkpoint-signing-key.js';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
});

const gatewayFolder = fileURLToPath(new URL('../..', import.meta.url));

/** `pnpm start`'s entry point as its own process, on a copy of the demo database. */
async function startGatewayProcess() {
  const database = await ensureDatabase(
    inject('databaseServer'),
    `test_${randomBytes(6).toString('hex')}`,
    inject('templateDatabase'),
  );
  const port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: gatewayFolder,
    env: {
      ...process.env,
      DATABASE_URL: database.application,
      MIGRATION_DATABASE_URL: database.owner,
      PORT: String(port),
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      SHUTDOWN_DELAY_SECONDS: '1',
      LEDGER_CHECKPOINT_SECONDS: '0',
      LEDGER_SIGNING_KEY: newLedgerSigningKeyPem(),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child?.on('exit', done));
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
  return { url, owner: database.owner, exited };
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> } };
}

describe('graceful shutdown', () => {
  it('answers 503 on /readyz at once on SIGTERM and finishes all 8 requests in flight', async () => {
    const { url, owner, exited } = await startGatewayProcess();
    const started = await graphql(
      url,
      'mutation($e: String!, $p: String!) { startSignIn(email: $e, password: $p) { challengeId } }',
      { e: 'mary.jones@example.com', p: 'Privacy2026' },
    );
    const challengeId = (started.body.data?.startSignIn as { challengeId: string } | undefined)?.challengeId;
    const code = latestCode((await (await fetch(`${url}/dev/outbox`)).json()) as OutboxMessage[]);
    const completed = await graphql(
      url,
      'mutation($id: ID!, $code: String!) { completeSignIn(challengeId: $id, code: $code) { accessToken } }',
      { id: challengeId, code },
    );
    const token = (completed.body.data?.completeSignIn as { accessToken: string } | undefined)?.accessToken;
    const object = (objected: boolean, channel: string | null) =>
      graphql(
        url,
        'mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { allowed } }',
        { input: { objected, channel } },
        token,
      );
    await object(true, null);

    // Hold Mary's chain head (her objection is the newest event), so that her next changes wait in flight.
    const insider = new pg.Client({ connectionString: owner });
    await insider.connect();
    await insider.query('BEGIN');
    await insider.query(
      'SELECT 1 FROM subject_chain_head WHERE subject_id = (SELECT subject_id FROM preference_event ORDER BY position DESC LIMIT 1) FOR UPDATE',
    );
    const channels = ['phone', 'sms', 'email', 'post', 'web-popup', 'phone', 'sms', 'email'];
    const inFlight = channels.map((channel, index) => object(index % 2 === 0, channel));
    // Another connection watches: inside a transaction, pg_stat_activity shows a snapshot that never moves.
    const watcher = new pg.Client({ connectionString: owner });
    await watcher.connect();
    for (let waiting = 0; waiting < 8; ) {
      const [row] = (
        await watcher.query(
          "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
      ).rows;
      waiting = row.waiting;
      await new Promise((resume) => setTimeout(resume, 50));
    }

    await watcher.end();
    child?.kill('SIGTERM');
    let readiness = 0;
    for (let tries = 0; tries < 50 && readiness !== 503; tries++) {
      readiness = await fetch(`${url}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
    }
    expect(readiness).toBe(503);
    await insider.query('COMMIT');
    await insider.end();

    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(answers.every((answer) => answer.body.data?.setMarketingObjection)).toBe(true);
    expect(await exited).toBe(0);
    expect(
      await fetch(`${url}/healthz`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
  }, 60_000);
});
