/**
 * `pnpm bench`: starts a gateway on a throw-away embedded PostgreSQL with the demo data and
 * prints throughput and latency of the hot paths over real HTTP. The load comes from a worker
 * thread; the gateway, PostgreSQL and the load share this machine's cores.
 */
import 'reflect-metadata';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { SessionService } from '../src/authentication/session.service.js';
import { loadConfig } from '../src/common/config.js';
import { createLogger } from '../src/common/logger.js';
import { gatewayDataSource } from '../src/data-source.js';
import { openDatabaseServer } from '../src/database/database-server.js';
import { externalDatabaseUrls } from '../src/database/database-urls.js';
import { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { seedDemoData } from '../src/demo/demo-data.js';
import { migrate } from '../src/migrate.js';
import { newLedgerSigningKeyPem } from '../src/preferences/checkpoint-signing-key.js';
import { startGateway } from '../src/server/create-gateway.js';
import { compareWithBaselines } from './baselines/compare.js';
import { benchPeople } from './bench-people.js';
import { runLoad } from './load.js';
import { report } from './measure.js';
import { propagationLatency } from './propagation-latency.js';
import { exportOfTenThousandEvents, queueOverHundredThousand } from './rights.js';

const server = await openDatabaseServer({ urls: externalDatabaseUrls() });
await migrate(server.urls.owner);
const dataSource = gatewayDataSource(server.urls.application);
await dataSource.initialize();
const base = loadConfig({ NODE_ENV: 'benchmark' });
const vault = new PersonalDataVault(base.dataProtection);
await seedDemoData(dataSource, { now: () => new Date() }, vault);
// The limits protect people, not the benchmark: lift them so every request does the full work.
const config = {
  ...base,
  signIn: {
    ...base.signIn,
    smsPerNumberPerHour: 1_000_000,
    failuresBeforeAccountLock: 1_000_000,
    hashingPerAddressPerMinute: 1_000_000,
    hashingPerSecond: 1_000_000,
  },
  ledgerCheckpoints: { ...base.ledgerCheckpoints, signingKey: { pem: newLedgerSigningKeyPem() } },
};
// The gateway logs every request as in production; to a file, so the figures stay readable.
const logFile = join(tmpdir(), `bench-gateway-${process.pid}.log`);
const logger = createLogger({ production: true, destination: pino.destination({ dest: logFile, sync: false }) });
const gateway = await startGateway(
  { dataSource, databaseUrl: server.urls.application, config, logger, messageSender: { send: async () => {} } },
  0,
);
const tokens = await benchPeople(dataSource, config, 200);
const sessions = new SessionService(dataSource, { now: () => new Date() }, config);

const startSignIn = 'mutation($e: String!, $p: String!) { startSignIn(email: $e, password: $p) { challengeId } }';
const demo = [
  'philip.smith@example.com',
  'mary.jones@example.com',
  'tracy.smith@example.com',
  'anna.peeters@example.com',
];
const read = `query { privacyPreferences(lang: en) {
  purposes { allowed reason purpose { key title } channels { channel allowed } }
  subscriptions { subscription { id phoneNumber } purposes { allowed reason purpose { key title } } }
} }`;
const toggle =
  'mutation($objected: Boolean!) { setMarketingObjection(input: { objected: $objected }) { allowed reason } }';
const me = '{ me { email role accounts { role account { customerNumber subscriptions { kind phoneNumber } } } } }';
const times = (count: number) => Array.from({ length: count }, (_, index) => index);

console.log(
  `Gateway benchmarks: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, ${server.description}; gateway log in ${logFile}\n`,
);
try {
  const url = gateway.url;
  await compareWithBaselines({
    ownerDatabaseUrl: server.urls.owner,
    gatewayUrl: url,
    gatewayTokens: tokens,
    ourRead: read,
    ourWrite: toggle,
    rounds: 2,
  });
  report(
    'startSignIn (argon2id verify, code, SMS row)',
    await runLoad({
      url,
      concurrency: 4,
      requests: times(200).map((i) => ({ query: startSignIn, variables: { e: demo[i % 4], p: 'Privacy2026' } })),
    }),
  );
  report(
    'startSignIn, wrong password',
    await runLoad({
      url,
      concurrency: 4,
      requests: times(200).map((i) => ({
        query: startSignIn,
        variables: { e: demo[i % 4], p: 'wrong password 1' },
        expectedError: 'INVALID_CREDENTIALS',
      })),
    }),
  );
  report(
    'startSignIn, unknown e-mail (same work)',
    await runLoad({
      url,
      concurrency: 4,
      requests: times(200).map((i) => ({
        query: startSignIn,
        variables: { e: `nobody${i % 4}@example.com`, p: 'wrong password 1' },
        expectedError: 'INVALID_CREDENTIALS',
      })),
    }),
  );
  report(
    'me',
    await runLoad({
      url,
      concurrency: 16,
      requests: times(3000).map((i) => ({ query: me, variables: {}, token: tokens[i % 200] })),
    }),
  );
  report(
    'privacyPreferences reads',
    await runLoad({
      url,
      concurrency: 8,
      requests: times(6000).map((i) => ({ query: read, variables: {}, token: tokens[i % 200] })),
    }),
    '>= 1500/s, p99 <= 25 ms',
  );
  report(
    'toggles (setMarketingObjection, all changes)',
    await runLoad({
      url,
      concurrency: 8,
      // Person i % 200 alternates between objecting and not, so every request appends an event.
      requests: times(4000).map((i) => ({
        query: toggle,
        variables: { objected: Math.floor(i / 200) % 2 === 0 },
        token: tokens[i % 200],
      })),
    }),
    '>= 500/s, p99 <= 50 ms',
  );
  const keyedToggle =
    'mutation($objected: Boolean!, $key: String!) { setMarketingObjection(input: { objected: $objected, idempotencyKey: $key }) { allowed } }';
  report(
    'toggles with an idempotency key',
    await runLoad({
      url,
      concurrency: 8,
      requests: times(4000).map((i) => ({
        query: keyedToggle,
        variables: { objected: Math.floor(i / 200) % 2 === 0, key: `bench-${i}` },
        token: tokens[i % 200],
      })),
    }),
  );
  const [dpo] = await dataSource.query('SELECT id FROM person WHERE email_index = $1', [
    vault.index('dpo@example.com'),
  ]);
  const dpoToken = await dataSource.transaction(
    async (manager) => (await sessions.issue(manager, dpo.id, 'full', new Date())).accessToken,
  );
  const propagation = await propagationLatency({
    dataSource,
    databaseUrl: server.urls.application,
    config,
    gatewayUrl: url,
    dpoToken,
    tokens,
    changesPerSecond: 200,
    seconds: 10,
  });
  report(`commit to webhook received (${propagation.delivered} of 2000)`, propagation, 'p99 <= 1 s at 200 changes/s');
  // A million-number campaign file against a register of 100,000 numbers and every choice.
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
  await gateway.jobs.idle();
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
  const campaignStarted = performance.now();
  await upload(
    '/campaign-checks?channel=phone',
    numbers(1_000_000, 50_000),
    tool.registerDownstreamSystem.apiKey,
    'POST',
  );
  await gateway.jobs.idle();
  const campaignSeconds = (performance.now() - campaignStarted) / 1000;
  const [check] = await dataSource.query(
    'SELECT processed, denied FROM campaign_check ORDER BY started_at DESC LIMIT 1',
  );
  console.log(
    `${'campaign check of 1,000,000 numbers'.padEnd(44)} ${campaignSeconds.toFixed(1).padStart(6)} s   ${check.processed} checked, ${check.denied} denied   (target <= 10 s)`,
  );
  const [person] = await dataSource.query('SELECT id FROM person WHERE email_index = $1', [
    vault.index('bench00007@example.com'),
  ]);
  const exportSeconds = await exportOfTenThousandEvents(dataSource, vault, person.id);
  console.log(
    `${'export of a person with 10,000 events'.padEnd(44)} ${exportSeconds.toFixed(2).padStart(6)} s   (target <= 2 s)`,
  );
  const subjects = (await dataSource.query('SELECT id FROM person')).map((row: { id: string }) => row.id);
  report(
    'office queue filtered, 100,000 requests',
    await queueOverHundredThousand(dataSource, vault, url, dpoToken, subjects),
    'p99 <= 50 ms',
  );
  const [ledger] = await dataSource.query('SELECT count(*)::int AS events FROM preference_event');
  console.log(`\nLedger after the run: ${ledger.events} events.`);
} finally {
  await gateway.stop();
  await dataSource.destroy();
  await server.stop();
}
