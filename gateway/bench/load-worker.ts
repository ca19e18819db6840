/**
 * The load generator runs in its own process, so the gateway's event loop is not also busy
 * building requests and reading answers. It receives one plan and answers with the figures.
 */
import { Agent, request as httpRequest } from 'node:http';
import { measure } from './measure.js';

export interface LoadPlan {
  url: string;
  /** One request: a GraphQL document, its variables, the bearer token, the error code it must answer with (if any). */
  requests: { query: string; variables: Record<string, unknown>; token?: string; expectedError?: string }[];
  concurrency: number;
  /** Starts the requests at this pace (an open loop, `concurrency` at most in flight) instead of as fast as answered. */
  perSecond?: number;
  /** Hands back each answer with the time it arrived (milliseconds since the epoch). */
  keepAnswers?: boolean;
}

export interface Answer {
  at: number;
  body: string;
}

// node:http with keep-alive costs the client less CPU than fetch: on two cores, the client's CPU is the gateway's loss.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: URL, body: string, token: string | undefined): Promise<string> {
  return new Promise((done, failed) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(Buffer.concat(chunks).toString()));
        response.on('error', failed);
      },
    );
    request.on('error', failed);
    request.end(body);
  });
}

async function send(plan: LoadPlan, index: number, answers: Answer[]): Promise<void> {
  const request = plan.requests[index % plan.requests.length];
  if (!request) throw new Error('empty plan');
  const answer = await post(
    new URL('/graphql', plan.url),
    JSON.stringify({ query: request.query, variables: request.variables }),
    request.token,
  );
  if (plan.keepAnswers) answers[index] = { at: performance.timeOrigin + performance.now(), body: answer };
  const body = JSON.parse(answer) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  if (body.errors?.[0]?.extensions?.code !== request.expectedError) throw new Error(JSON.stringify(body.errors));
  // A baseline that found no session answers null without an error: that is not the work measured.
  if (!request.expectedError && Object.values(body.data ?? { none: null }).includes(null)) throw new Error(answer);
}

process.once('message', async (plan: LoadPlan) => {
  const before = process.cpuUsage();
  const answers: Answer[] = [];
  const figures = await measure(
    plan.requests.length,
    plan.concurrency,
    (index) => send(plan, index, answers),
    plan.perSecond,
  );
  const used = process.cpuUsage(before);
  process.send?.({ ...figures, loadCpuSeconds: (used.user + used.system) / 1e6, answers });
  agent.destroy();
});
