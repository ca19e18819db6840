/**
 * `pnpm bench`: starts a gateway on a throw-away embedded PostgreSQL with the demo data and
 * prints throughput and latency of the hot paths over real HTTP.
 */
import 'reflect-metadata';
import { SessionService } from '../src/authentication/session.service.js';
import { loadConfig } from '../src/common/config.js';
import { gatewayDataSource } from '../src/data-source.js';
import { openDatabaseServer } from '../src/database/database-server.js';
import { seedDemoData } from '../src/demo/demo-data.js';
import { migrate } from '../src/migrate.js';
import { startGateway } from '../src/server/create-gateway.js';
import { measure, report } from './measure.js';

const server = await openDatabaseServer({ databaseUrl: process.env.DATABASE_URL || undefined });
await migrate(server.url);
const dataSource = gatewayDataSource(server.url);
await dataSource.initialize();
await seedDemoData(dataSource, { now: () => new Date() });
const base = loadConfig({ NODE_ENV: 'benchmark' });
// The limits protect people, not the benchmark: lift them so every request does the full work.
const config = {
  ...base,
  signIn: { ...base.signIn, smsPerNumberPerHour: 1_000_000, failuresBeforeAccountLock: 1_000_000 },
};
const gateway = await startGateway({ dataSource, config, messageSender: { send: async () => {} } }, 0);

/** Sends one operation and fails the run unless it answers as expected (data, or the expected error code). */
async function graphql(query: string, variables: Record<string, unknown>, token?: string, expectedError?: string) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (body.errors?.[0]?.extensions?.code !== expectedError) throw new Error(JSON.stringify(body.errors));
}

const startSignIn = 'mutation($e: String!, $p: String!) { startSignIn(email: $e, password: $p) { challengeId } }';
const people = [
  'philip.smith@example.com',
  'mary.jones@example.com',
  'tracy.smith@example.com',
  'anna.peeters@example.com',
];

console.log(`Gateway benchmarks (${new Date().toISOString()}, Node ${process.version}, ${server.description})\n`);
try {
  report(
    'startSignIn (argon2id verify + code + SMS row)',
    await measure(200, 4, async (index) => {
      await graphql(startSignIn, { e: people[index % people.length], p: 'Privacy2026' });
    }),
  );
  report(
    'startSignIn, wrong password',
    await measure(200, 4, async (index) => {
      await graphql(
        startSignIn,
        { e: people[index % people.length], p: 'wrong password 1' },
        undefined,
        'INVALID_CREDENTIALS',
      );
    }),
  );
  report(
    'startSignIn, unknown e-mail (same work)',
    await measure(200, 4, async (index) => {
      await graphql(
        startSignIn,
        { e: `nobody${index % 4}@example.com`, p: 'wrong password 1' },
        undefined,
        'INVALID_CREDENTIALS',
      );
    }),
  );

  // A session to read with, issued directly: the sign-in path was measured above.
  const sessions = new SessionService(dataSource, { now: () => new Date() }, config);
  const [person] = await dataSource.query('SELECT id FROM person WHERE email = $1', [people[0]]);
  const issued = await dataSource.transaction((manager) => sessions.issue(manager, person.id, 'full', new Date()));
  const me = '{ me { email role accounts { role account { customerNumber subscriptions { kind phoneNumber } } } } }';
  report(
    'me (session lookup + 3 queries)',
    await measure(3000, 16, async () => {
      await graphql(me, {}, issued.accessToken);
    }),
  );
} finally {
  await gateway.stop();
  await dataSource.destroy();
  await server.stop();
}
