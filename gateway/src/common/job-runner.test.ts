import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

const checkQuery = 'query($id: ID!) { campaignCheck(id: $id) { status processed total error } }';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function upload(path: string, body: string, token: string, method = 'POST') {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
  });
  return (await response.json()) as { id: string; status: string };
}

const numbers = (count: number) =>
  Array.from({ length: count }, (_, index) => `+3248${String(index).padStart(7, '0')}`).join('\n');

async function checkOf(id: string, token: string) {
  const response = await gateway.graphql<{ campaignCheck: Record<string, unknown> }>(checkQuery, { id }, { token });
  return response.data?.campaignCheck;
}

/** Polls GraphQL (bounded) until the check is no longer running. */
async function finishedCheck(id: string, token: string) {
  for (let tries = 0; tries < 1_500; tries++) {
    const check = await checkOf(id, token);
    if (check?.status !== 'running') return check;
    await new Promise((resume) => setTimeout(resume, 20));
  }
  throw new Error('The campaign check is still running');
}

describe('background jobs', () => {
  it('wait while held, at their progress so far, and run once released', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    gateway.jobs.hold();
    const { id } = await upload('/campaign-checks?channel=phone', numbers(120_000), dpo);
    expect(await checkOf(id, dpo)).toEqual({ status: 'running', processed: 0, total: 120_000, error: null });
    await expect(gateway.idle()).rejects.toThrow(/held/);
    gateway.jobs.release();
    await gateway.idle();
    expect(await checkOf(id, dpo)).toEqual({ status: 'done', processed: 120_000, total: 120_000, error: null });
  });

  it('fail visibly, with the reason, once every attempt was lost', async () => {
    // A step held past its timeout is what a gateway that died mid-step leaves behind.
    gateway = await startTestGateway({ jobs: { stepTimeoutSeconds: 1, attempts: 1 } });
    const dpo = await gateway.signIn('dpo@example.com');
    gateway.jobs.hold();
    const { id } = await upload('/campaign-checks?channel=phone', numbers(10), dpo);
    const check = await finishedCheck(id, dpo);
    expect(check).toMatchObject({ status: 'failed', processed: 0 });
    expect(check?.error).toMatch(/^Stopped 1 time\(s\): the gateway running it ended or took longer than 1 s/);
    gateway.jobs.release();
    await gateway.idle();
    expect(await checkOf(id, dpo)).toMatchObject({ status: 'failed', processed: 0 });
  });

  it('carry ids in their payloads, never a number or an address of the files', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    await upload('/registers/do-not-call-me', '+32470000002\n+32470000003\n', dpo, 'PUT');
    await upload('/campaign-checks?channel=phone', '+32470000002\n+32480000009\n', dpo);
    await gateway.idle();
    const jobs = await gateway.ownerQuery<{ name: string; data: Record<string, unknown>; everything: string }>(
      `SELECT name, data, row_to_json(job)::text AS everything FROM pgboss.job
       UNION ALL SELECT name, data, row_to_json(archive)::text FROM pgboss.archive`,
    );
    expect(jobs.map((job) => job.name)).toEqual(expect.arrayContaining(['register-import', 'campaign-check']));
    for (const job of jobs.filter((job) => !job.name.startsWith('__pgboss'))) {
      expect(Object.keys(job.data).sort()).toEqual(['id', 'queue']);
      expect(job.everything).not.toMatch(/4700000|4800000/);
    }
    const [files] = await gateway.ownerQuery<{ left: number }>(
      `SELECT (SELECT count(*) FROM campaign_check WHERE file IS NOT NULL)
            + (SELECT count(*) FROM register_import WHERE file IS NOT NULL) AS left`,
    );
    expect(Number(files?.left)).toBe(0);
  });

  it.each([
    ['create a queue', `SELECT pgboss.create_queue('another', '{"policy": "standard"}')`],
    ['change a table of pg-boss', 'ALTER TABLE pgboss.job ADD COLUMN note text'],
    ['create a table in its schema', 'CREATE TABLE pgboss.note (note text)'],
    ['drop its schema', 'DROP SCHEMA pgboss CASCADE'],
  ])('are run by a gateway login that may not %s', async (_what, sql) => {
    gateway = await startTestGateway();
    await expect(gateway.dataSource.query(sql)).rejects.toThrow(/permission denied|must be owner/);
  });
});
