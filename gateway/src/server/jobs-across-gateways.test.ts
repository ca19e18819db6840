import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDatabaseCopy, type GatewayProcess, startGatewayProcess } from '../../test-support/gateway-process.js';

const checkQuery = 'query($id: ID!) { campaignCheck(id: $id) { status processed total denied error } }';
// A lost step is retried 4 s after it started, by whichever gateway fetches it first.
const quickRecovery = { JOB_STEP_TIMEOUT_SECONDS: '4', JOB_ATTEMPTS: '3' };

let gateways: GatewayProcess[] = [];
afterEach(() => {
  for (const gateway of gateways) gateway.process.kill('SIGKILL');
  gateways = [];
});

/** Campaign numbers; every seventh one is on the Do Not Call Me register uploaded first. */
const numbers = (count: number, offset: number) =>
  Array.from({ length: count }, (_, index) => `+3248${String(offset + index).padStart(7, '0')}`);

async function startCheck(gateway: GatewayProcess, token: string, lines: string[]): Promise<string> {
  const response = await fetch(`${gateway.url}/campaign-checks?channel=phone`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: lines.join('\n'),
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

async function checkOf(gateway: GatewayProcess, token: string, id: string) {
  const answer = await gateway.graphql(checkQuery, { id }, token);
  return answer.body.data?.campaignCheck as {
    status: string;
    processed: number;
    total: number;
    denied: number;
    error: string | null;
  };
}

/** Bounded polling of what the caller sees until `done` holds. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let tries = 0; tries < 4_000; tries++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resume) => setTimeout(resume, 25));
  }
  throw new Error(`Still waiting for ${what}`);
}

async function ownerRows<Row>(ownerUrl: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function registerEveryTenth(gateway: GatewayProcess, token: string): Promise<void> {
  const listed = numbers(400_000, 0).filter((_, index) => index % 10 === 0);
  await fetch(`${gateway.url}/registers/do-not-call-me`, {
    method: 'PUT',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: listed.join('\n'),
  });
  await until(
    async () =>
      (await gateway.graphql('{ registerImports(first: 1) { edges { node { status } } } }', {}, token)).body.data
        ?.registerImports,
    (imports) => (imports as { edges: { node: { status: string } }[] } | undefined)?.edges[0]?.node.status === 'done',
    'the register import',
  );
}

describe('durable background jobs', () => {
  it('resume a campaign check on another start after its gateway was killed mid-way', async () => {
    const database = await demoDatabaseCopy();
    const first = await startGatewayProcess(database, quickRecovery);
    gateways = [first];
    const dpo = await first.signIn('dpo@example.com');
    await registerEveryTenth(first, dpo);
    const id = await startCheck(first, dpo, numbers(300_000, 0));
    // Killed once the first chunk is committed and the check is still running.
    const seen = await until(
      () => checkOf(first, dpo, id),
      (check) => check.processed > 0,
      'the first chunk',
    );
    first.process.kill('SIGKILL');
    await first.exited;
    expect(seen.status).toBe('running');

    const second = await startGatewayProcess(database, quickRecovery);
    gateways.push(second);
    const check = await until(
      () => checkOf(second, dpo, id),
      (current) => current.status !== 'running',
      'the check to end after the restart',
    );
    // Done, with each line decided once (a chunk checked twice would fail on its denials' keys).
    expect(check).toEqual({ status: 'done', processed: 300_000, total: 300_000, denied: 30_000, error: null });
  }, 180_000);

  it('hand a campaign check on when its gateway is stopped with SIGTERM mid-way, with no wait for a timeout', async () => {
    const database = await demoDatabaseCopy();
    const first = await startGatewayProcess(database);
    gateways = [first];
    const dpo = await first.signIn('dpo@example.com');
    await registerEveryTenth(first, dpo);
    const id = await startCheck(first, dpo, numbers(300_000, 0));
    await until(
      () => checkOf(first, dpo, id),
      (check) => check.processed > 0,
      'the first chunk',
    );
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // The default step timeout (300 s) is far beyond the polling bound: only a handed-back job finishes in time.
    const second = await startGatewayProcess(database);
    gateways.push(second);
    const check = await until(
      () => checkOf(second, dpo, id),
      (current) => current.status !== 'running',
      'the check to end on the other gateway',
    );
    expect(check).toEqual({ status: 'done', processed: 300_000, total: 300_000, denied: 30_000, error: null });
  }, 180_000);

  it('run each job once when two gateway processes share the database', async () => {
    const database = await demoDatabaseCopy();
    gateways = await Promise.all([startGatewayProcess(database), startGatewayProcess(database)]);
    const [one, other] = gateways as [GatewayProcess, GatewayProcess];
    const dpo = await one.signIn('dpo@example.com');
    await registerEveryTenth(one, dpo);
    // Four checks of three steps each, started through either gateway.
    const ids: string[] = [];
    for (let index = 0; index < 4; index++) {
      ids.push(await startCheck(index % 2 === 0 ? one : other, dpo, numbers(110_000, index * 1_000)));
    }
    for (const [index, id] of ids.entries()) {
      const check = await until(
        () => checkOf(index % 2 === 0 ? other : one, dpo, id),
        (current) => current.status !== 'running',
        `check ${index}`,
      );
      expect(check).toEqual({ status: 'done', processed: 110_000, total: 110_000, denied: 11_000, error: null });
    }
    const steps = await ownerRows<{ state: string; retried: number; runs: number }>(
      database.owner,
      `SELECT state::text, max(retry_count)::int AS retried, count(*)::int AS runs
         FROM (SELECT state, retry_count FROM pgboss.job WHERE name = 'campaign-check'
               UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE name = 'campaign-check') AS steps
        GROUP BY state`,
    );
    // 4 checks x 3 steps: each step fetched by one gateway, once, never retried.
    expect(steps).toEqual([{ state: 'completed', retried: 0, runs: 12 }]);
  }, 180_000);
});
