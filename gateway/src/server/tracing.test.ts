import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDatabaseCopy, type GatewayProcess, startGatewayProcess } from '../../test-support/gateway-process.js';

interface ReceivedSpan {
  traceId: string;
  name: string;
}

/** A tiny OTLP/HTTP receiver (JSON), as a collector would be. */
async function startReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; requests: number; server: Server }> {
  const received = { spans: [] as ReceivedSpan[], requests: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.requests++;
      const body = Buffer.concat(chunks);
      const text = (request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
      const payload = JSON.parse(text) as {
        resourceSpans: { scopeSpans: { spans: ReceivedSpan[] }[] }[];
      };
      for (const resource of payload.resourceSpans) {
        for (const scope of resource.scopeSpans) received.spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return Object.assign(received, { url: `http://127.0.0.1:${port}`, server });
}

let gateway: GatewayProcess | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(async () => {
  gateway?.process.kill('SIGKILL');
  gateway = undefined;
  await new Promise((closed) => receiver?.server.close(closed) ?? closed(undefined));
});

async function tracedRequest(traceId: string) {
  const response = await fetch(`${gateway?.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    body: JSON.stringify({
      query: 'mutation { startSignIn(email: "mary.jones@example.com", password: "wrong") { challengeId } }',
    }),
  });
  // An answer, even a refusal: the request ran its operation and its queries.
  expect(response.status).toBe(200);
}

/** SIGTERM flushes the spans still buffered before the process exits: nothing to poll for. */
async function stopped(process: GatewayProcess) {
  process.process.kill('SIGTERM');
  expect(await process.exited).toBe(0);
}

describe('OpenTelemetry traces', () => {
  it("reach the OTLP endpoint with the caller's trace id: the request, its GraphQL operation, its queries", async () => {
    receiver = await startReceiver();
    gateway = await startGatewayProcess(await demoDatabaseCopy(), { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    const traceId = randomBytes(16).toString('hex');
    await tracedRequest(traceId);
    await stopped(gateway);
    const names = receiver.spans.filter((span) => span.traceId === traceId).map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(['POST /graphql', 'mutation', 'graphql.resolve startSignIn']));
    expect(names.some((name) => name.startsWith('middleware - '))).toBe(true);
    expect(names.some((name) => name.startsWith('pg.query:INSERT'))).toBe(true);
  }, 120_000);

  it('are not sent, and the SDK not started, when OTEL_EXPORTER_OTLP_ENDPOINT is unset', async () => {
    receiver = await startReceiver();
    // The SDK would send here if anything started it: only the general setting turns tracing on.
    gateway = await startGatewayProcess(await demoDatabaseCopy(), {
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
    });
    await tracedRequest(randomBytes(16).toString('hex'));
    await stopped(gateway);
    expect(receiver.requests).toBe(0);
  }, 120_000);
});
