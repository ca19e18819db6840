import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { systemClock } from '../src/common/clock.js';
import type { GatewayConfig } from '../src/common/config.js';
import { Relay } from '../src/propagation/relay.js';
import { runLoad } from './load.js';
import type { Figures } from './measure.js';

/**
 * Time from a committed change to its webhook at each of `systems` receivers, with
 * `changesPerSecond` changes paced over `seconds`: the relay runs as in production (NOTIFY plus
 * polling). The changes come from the load process and the webhooks go to a receiving process,
 * so the gateway's process does only the gateway's and the relay's work. The clock starts when
 * the mutation's answer arrives, so after the commit.
 */
export async function propagationLatency(options: {
  dataSource: DataSource;
  databaseUrl: string;
  config: GatewayConfig;
  gatewayUrl: string;
  dpoToken: string;
  tokens: string[];
  changesPerSecond: number;
  seconds: number;
  systems: number;
  /** Tells the systems of one run from another's in the same database. */
  name: string;
}): Promise<Figures & { delivered: number; expected: number; changesPerSecond: number }> {
  const receiver = fork(fileURLToPath(new URL('./webhook-receiver.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
  });
  const ask = <Answer>(message?: string) =>
    new Promise<Answer>((answered) => {
      receiver.once('message', (answer) => answered(answer as Answer));
      if (message) receiver.send(message);
    });
  const { port } = await ask<{ port: number }>();
  for (let system = 0; system < options.systems; system++) {
    await graphql(
      options.gatewayUrl,
      'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
      {
        input: {
          key: `${options.name}-${system}`,
          name: `Benchmark receiver ${system}`,
          purposes: ['loyalty-email'],
          webhookUrl: `http://127.0.0.1:${port}/${options.name}-${system}`,
        },
      },
      options.dpoToken,
    );
  }
  const relay = new Relay({
    dataSource: options.dataSource,
    databaseUrl: options.databaseUrl,
    clock: systemClock,
    gatewaySecret: options.config.secret,
  });
  await relay.start();

  const total = options.changesPerSecond * options.seconds;
  const changes = await runLoad({
    url: options.gatewayUrl,
    // Enough in flight to keep the pace when answers slow down, not so many that the gateway only queues.
    concurrency: 64,
    perSecond: options.changesPerSecond,
    keepAnswers: true,
    requests: Array.from({ length: total }, (_, index) => ({
      query:
        'mutation($allowed: Boolean!) { setPreference(input: { purpose: "loyalty-email", allowed: $allowed }) { lastEventId } }',
      variables: { allowed: Math.floor(index / options.tokens.length) % 2 === 1 },
      token: options.tokens[index % options.tokens.length],
    })),
  });
  const committed = changes.answers.map(({ at, body }) => ({
    at,
    eventId: (JSON.parse(body) as { data: { setPreference: { lastEventId: string } } }).data.setPreference.lastEventId,
  }));
  const expected = committed.length * options.systems;
  const deadline = performance.now() + 30_000;
  while ((await ask<{ count: number }>('count')).count < expected && performance.now() < deadline) {
    await new Promise((resume) => setTimeout(resume, 100));
  }
  await relay.stop();
  const { received } = await ask<{ received: [string, number][] }>('report');
  const arrivals = new Map(received);

  const latencies = committed
    .flatMap(({ at, eventId }) =>
      Array.from(
        { length: options.systems },
        (_, system) => (arrivals.get(`/${options.name}-${system}|${eventId}`) ?? Number.POSITIVE_INFINITY) - at,
      ),
    )
    .sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    perSecond: changes.perSecond,
    changesPerSecond: changes.perSecond,
    p50: percentile(50),
    p99: percentile(99),
    delivered: latencies.filter((latency) => Number.isFinite(latency)).length,
    expected,
  };
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
