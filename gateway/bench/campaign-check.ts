import type { DataSource } from 'typeorm';
import { cpuBetween, cpuNow, postgresServerPids } from './baselines/cpu-split.js';

/**
 * A million-number campaign file against a register of 100,000 numbers and every choice, through
 * the REST upload and the durable job as a tool sends it. Returns the seconds from upload to done.
 */
export async function campaignCheckOfAMillion(options: {
  dataSource: DataSource;
  url: string;
  ownerDatabaseUrl: string;
  dpoToken: string;
  idle: () => Promise<void>;
}): Promise<{ seconds: number; processed: number; denied: number; cpu: { server: number; postgres: number } }> {
  const { url, dpoToken } = options;
  const upload = async (path: string, body: string, token: string, method: string) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body,
    });
    return (await response.json()) as { id: string };
  };
  const numbers = (count: number, offset: number) =>
    Array.from({ length: count }, (_, index) => `+3247${String(offset + index).padStart(7, '0')}`).join('\n');
  await upload('/registers/do-not-call-me', numbers(100_000, 0), dpoToken, 'PUT');
  await options.idle();
  const tool = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${dpoToken}` },
    body: JSON.stringify({
      query:
        'mutation { registerDownstreamSystem(input: { key: "bench-campaign", name: "Bench", purposes: ["direct-marketing"] }) { apiKey } }',
    }),
  }).then(
    async (response) => ((await response.json()) as { data: { registerDownstreamSystem: { apiKey: string } } }).data,
  );
  const file = numbers(1_000_000, 50_000);
  const postgres = await postgresServerPids(options.ownerDatabaseUrl);
  // The gateway runs in this process: its CPU, and PostgreSQL's, say more than seconds on a busy machine.
  const before = cpuNow(process.pid, postgres);
  const started = performance.now();
  await upload('/campaign-checks?channel=phone', file, tool.registerDownstreamSystem.apiKey, 'POST');
  await options.idle();
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuBetween(before, cpuNow(process.pid, postgres));
  const [check] = await options.dataSource.query(
    'SELECT processed, denied FROM campaign_check ORDER BY started_at DESC LIMIT 1',
  );
  return { seconds, processed: check.processed, denied: check.denied, cpu };
}
