import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { systemClock } from '../src/common/clock.js';
import type { GatewayConfig } from '../src/common/config.js';
import { Relay } from '../src/propagation/relay.js';
import type { Figures } from './measure.js';

/**
 * Time from a committed change to its webhook at a local receiver, with `changesPerSecond`
 * changes paced over `seconds`: the relay runs as in production (NOTIFY plus polling).
 * The clock starts when the mutation's answer arrives, so after the commit.
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
}): Promise<Figures & { delivered: number }> {
  const received = new Map<string, number>();
  const receiver = createServer((request, response) => {
    received.set(String(request.headers['webhook-id']), performance.now());
    request.resume();
    request.on('end', () => response.end());
  });
  await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
  const { port } = receiver.address() as AddressInfo;
  await graphql(
    options.gatewayUrl,
    'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
    {
      input: {
        key: 'bench-receiver',
        name: 'Benchmark receiver',
        purposes: ['loyalty-email'],
        webhookUrl: `http://127.0.0.1:${port}/`,
      },
    },
    options.dpoToken,
  );
  const relay = new Relay({
    dataSource: options.dataSource,
    databaseUrl: options.databaseUrl,
    clock: systemClock,
    gatewaySecret: options.config.secret,
  });
  await relay.start();

  const committed = new Map<string, number>();
  const total = options.changesPerSecond * options.seconds;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / options.changesPerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
    const token = options.tokens[index % options.tokens.length];
    const allowed = Math.floor(index / options.tokens.length) % 2 === 1;
    inFlight.push(
      graphql(
        options.gatewayUrl,
        'mutation($allowed: Boolean!) { setPreference(input: { purpose: "loyalty-email", allowed: $allowed }) { lastEventId } }',
        { allowed },
        token,
      ).then((data) => {
        const eventId = (data.setPreference as { lastEventId: string }).lastEventId;
        committed.set(eventId, performance.now());
      }),
    );
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + 30_000;
  while (received.size < committed.size && performance.now() < deadline) {
    await new Promise((resume) => setTimeout(resume, 50));
  }
  await relay.stop();
  receiver.closeAllConnections();
  receiver.close();

  const latencies = [...committed]
    .map(([id, at]) => (received.get(id) ?? Number.POSITIVE_INFINITY) - at)
    .sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    perSecond: total / ((performance.now() - started) / 1000),
    p50: percentile(50),
    p99: percentile(99),
    delivered: [...committed.keys()].filter((id) => received.has(id)).length,
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
