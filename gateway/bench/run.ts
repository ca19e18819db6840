/**
 * `pnpm bench`: starts a gateway on a throw-away embedded PostgreSQL with the demo data and
 * prints throughput and latency of the hot paths over real HTTP. The load comes from a separate
 * process; the gateway, PostgreSQL and the load share this machine's cores.
 * `pnpm bench -- --only=campaign,webhook` runs the named scenarios alone (`--list` names them).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { campaignCheckOfAMillion } from './campaign-check.js';
import { runLoad } from './load.js';
import { report } from './measure.js';
import { propagationLatency } from './propagation-latency.js';
import { exportOfTenThousandEvents, queueOverHundredThousand } from './rights.js';
import { selectedScenarios } from './scenarios.js';

// Durable like production (fsync and synchronous commit on): write figures are real commits.
const server = await openDatabaseServer({ urls: externalDatabaseUrls(), durable: true });
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

const [dpo] = await dataSource.query('SELECT id FROM person WHERE email_index = $1', [vault.index('dpo@example.com')]);
const dpoToken = await dataSource.transaction(
  async (manager) => (await sessions.issue(manager, dpo.id, 'full', new Date())).accessToken,
);
const url = gateway.url;
const keyedToggle =
  'mutation($objected: Boolean!, $key: String!) { setMarketingObjection(input: { objected: $objected, idempotencyKey: $key }) { allowed } }';

const propagationSetup = {
  dataSource,
  databaseUrl: server.urls.application,
  config,
  gatewayUrl: url,
  dpoToken,
  tokens,
  seconds: 10,
};

async function webhookLatency(
  load: { changesPerSecond: number; systems: number; name: string },
  target: string,
): Promise<void> {
  const propagation = await propagationLatency({ ...propagationSetup, ...load });
  report(
    `commit to webhook, ${load.systems} system(s) (${propagation.delivered} of ${propagation.expected})`,
    propagation,
    `${target}; changes ${propagation.changesPerSecond.toFixed(0)}/s`,
  );
}

const scenarios = {
  baselines: () =>
    compareWithBaselines({
      ownerDatabaseUrl: server.urls.owner,
      gatewayUrl: url,
      gatewayTokens: tokens,
      ourRead: read,
      ourWrite: toggle,
      rounds: 2,
    }),
  'sign-in': async () => {
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
  },
  me: async () =>
    report(
      'me',
      await runLoad({
        url,
        concurrency: 16,
        requests: times(3000).map((i) => ({ query: me, variables: {}, token: tokens[i % 200] })),
      }),
    ),
  reads: async () =>
    report(
      'privacyPreferences reads',
      await runLoad({
        url,
        concurrency: 8,
        requests: times(6000).map((i) => ({ query: read, variables: {}, token: tokens[i % 200] })),
      }),
      '>= 1500/s, p99 <= 25 ms',
    ),
  toggles: async () => {
    // Person i % 200 alternates between objecting and not, so every request appends an event.
    const toggles = (query: string, key: (i: number) => Record<string, string>) =>
      runLoad({
        url,
        concurrency: 8,
        requests: times(4000).map((i) => ({
          query,
          variables: { objected: Math.floor(i / 200) % 2 === 0, ...key(i) },
          token: tokens[i % 200],
        })),
      });
    report('toggles (setMarketingObjection, all changes)', await toggles(toggle, () => ({})), '>= 500/s, p99 <= 50 ms');
    report('toggles with an idempotency key', await toggles(keyedToggle, (i) => ({ key: `bench-${i}` })));
  },
  webhook: () => webhookLatency({ changesPerSecond: 200, systems: 1, name: 'one' }, 'p99 <= 1 s at 200 changes/s'),
  'webhook-six': () =>
    webhookLatency({ changesPerSecond: 1000, systems: 6, name: 'six' }, 'p99 <= 250 ms at 1,000 changes/s'),
  campaign: async () => {
    const check = await campaignCheckOfAMillion({
      dataSource,
      url,
      ownerDatabaseUrl: server.urls.owner,
      dpoToken,
      idle: () => gateway.jobs.idle(),
    });
    console.log(
      `${'campaign check of 1,000,000 numbers'.padEnd(44)} ${check.seconds.toFixed(1).padStart(6)} s   ${check.processed} checked, ${check.denied} denied, CPU gateway ${check.cpu.server.toFixed(1)} s, postgres ${check.cpu.postgres.toFixed(1)} s   (target <= 3 s)`,
    );
  },
  export: async () => {
    const [person] = await dataSource.query('SELECT id FROM person WHERE email_index = $1', [
      vault.index('bench00007@example.com'),
    ]);
    const exportSeconds = await exportOfTenThousandEvents(dataSource, vault, person.id);
    console.log(
      `${'export of a person with 10,000 events'.padEnd(44)} ${exportSeconds.toFixed(2).padStart(6)} s   (target <= 2 s)`,
    );
  },
  'office-queue': async () => {
    const subjects = (await dataSource.query('SELECT id FROM person')).map((row: { id: string }) => row.id);
    report(
      'office queue filtered, 100,000 requests',
      await queueOverHundredThousand(dataSource, vault, url, dpoToken, subjects),
      'p99 <= 50 ms',
    );
  },
  // Its own throw-away PostgreSQL with 1,000,000 chain heads, in its own process.
  checkpoints: () =>
    new Promise<void>((done, failed) => {
      const child = fork(fileURLToPath(new URL('./checkpoints.ts', import.meta.url)), [], {
        execArgv: ['--import', 'tsx'],
      });
      child.once('error', failed);
      child.once('exit', (code) => (code ? failed(new Error(`The checkpoint bench exited with ${code}`)) : done()));
    }),
};

console.log(
  `Gateway benchmarks: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, ${server.description}; gateway log in ${logFile}\n`,
);
try {
  for (const [name, run] of selectedScenarios(scenarios, process.argv.slice(2))) {
    const started = performance.now();
    await run();
    console.log(`  (${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const [ledger] = await dataSource.query('SELECT count(*)::int AS events FROM preference_event');
  console.log(`\nLedger after the run: ${ledger.events} events.`);
} finally {
  await gateway.stop();
  await dataSource.destroy();
  await server.stop();
}
