/**
 * `pnpm --filter ./gateway bench:checkpoints`: what signed ledger checkpoints cost at 1,000,000
 * subjects (decision 12), on a throw-away embedded PostgreSQL: seeding the chain heads, the first
 * checkpoint over all of them, a checkpoint after 0 to 10,000 changed subjects, and the toggle
 * throughput with checkpoints off and on (every second, ten times the default rate).
 */
import 'reflect-metadata';
import { cpus } from 'node:os';
import { loadConfig } from '../src/common/config.js';
import { gatewayDataSource } from '../src/data-source.js';
import { openDatabaseServer } from '../src/database/database-server.js';
import { externalDatabaseUrls } from '../src/database/database-urls.js';
import { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { seedDemoData } from '../src/demo/demo-data.js';
import { migrate } from '../src/migrate.js';
import { newLedgerSigningKeyPem } from '../src/preferences/checkpoint-signing-key.js';
import { startGateway } from '../src/server/create-gateway.js';
import { benchPeople } from './bench-people.js';
import { runLoad } from './load.js';
import { report, secondsOf } from './measure.js';

const subjects = 1_000_000;
// Durable like production: checkpoint and toggle figures are real commits.
const server = await openDatabaseServer({ urls: externalDatabaseUrls(), durable: true });
await migrate(server.urls.owner);
const dataSource = gatewayDataSource(server.urls.application);
await dataSource.initialize();
const base = loadConfig({ NODE_ENV: 'benchmark' });
await seedDemoData(dataSource, { now: () => new Date() }, new PersonalDataVault(base.dataProtection));
const config = {
  ...base,
  ledgerCheckpoints: { intervalSeconds: 1, signingKey: { pem: newLedgerSigningKeyPem() } },
};
const gateway = await startGateway(
  { dataSource, databaseUrl: server.urls.application, config, messageSender: { send: async () => {} } },
  0,
);
const tokens = await benchPeople(dataSource, config, 200);

const line = (name: string, value: string) => console.log(`${name.padEnd(56)} ${value}`);

/** One synthetic event per subject: the checkpointer reads only ids, sequences and hashes. */
const seedSubjects = () =>
  dataSource.query(
    `WITH event AS (
       INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, decision, actor_kind,
         collection_channel, occurred_at, previous_hash, hash)
       SELECT gen_random_uuid(), gen_random_uuid(), 'contact', 1, 'direct-marketing', 'objected', 'agent', 'phone',
         now(), repeat('0', 64), md5(n::text) || md5((n + 1)::text)
       FROM generate_series(1, $1) AS n
       RETURNING subject_id, hash)
     INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash) SELECT subject_id, 1, hash FROM event`,
    [subjects],
  );

/** A next event for `count` random seeded subjects, as changes between two checkpoints. */
const changeSubjects = (count: number) =>
  dataSource.query(
    `WITH chosen AS (
       SELECT subject_id, last_sequence, last_hash FROM subject_chain_head ORDER BY random() LIMIT $1
     ), event AS (
       INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, decision, actor_kind,
         collection_channel, occurred_at, previous_hash, hash)
       SELECT gen_random_uuid(), subject_id, 'contact', last_sequence + 1, 'direct-marketing', 'objected', 'agent',
         'phone', now(), last_hash, md5(random()::text) || md5(random()::text)
       FROM chosen
       RETURNING subject_id, sequence, hash)
     UPDATE subject_chain_head head SET last_sequence = event.sequence, last_hash = event.hash
     FROM event WHERE head.subject_id = event.subject_id`,
    [count],
  );

const toggle =
  'mutation($objected: Boolean!) { setMarketingObjection(input: { objected: $objected }) { allowed reason } }';
let round = 0;
const toggles = () => {
  round += 1;
  return runLoad({
    url: gateway.url,
    concurrency: 8,
    requests: Array.from({ length: 3000 }, (_, i) => ({
      query: toggle,
      variables: { objected: (Math.floor(i / 200) + round) % 2 === 0 },
      token: tokens[i % 200],
    })),
  });
};

console.log(
  `Checkpoint benchmarks: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, ${server.description}\n`,
);
try {
  line(
    `seeding ${subjects.toLocaleString('en')} chain heads (INSERT … SELECT)`,
    `${(await secondsOf(seedSubjects)).toFixed(1)} s`,
  );
  await dataSource.query('ANALYZE preference_event; ANALYZE subject_chain_head');
  const first = await secondsOf(() => gateway.checkpointer.runOnce());
  const [tree] = await dataSource.query('SELECT pg_total_relation_size($1) + pg_total_relation_size($2) AS bytes', [
    'ledger_checkpoint_bucket',
    'ledger_checkpoint_node',
  ]);
  line('first checkpoint, over every head', `${first.toFixed(1)} s   tree ${(tree.bytes / 1e6).toFixed(0)} MB`);
  line(
    'checkpoint when nothing changed',
    `${((await secondsOf(() => gateway.checkpointer.runOnce())) * 1000).toFixed(1)} ms`,
  );
  for (const changed of [1, 100, 1_000, 10_000]) {
    await changeSubjects(changed);
    const cost = await secondsOf(() => gateway.checkpointer.runOnce());
    line(`checkpoint after ${changed.toLocaleString('en')} changed subjects`, `${(cost * 1000).toFixed(0)} ms`);
  }
  // This machine is shared: alternate off and on, and compare the medians.
  const rates: Record<'off' | 'on', number[]> = { off: [], on: [] };
  const [before] = await dataSource.query('SELECT max(number) AS number FROM ledger_checkpoint');
  for (let pair = 0; pair < 3; pair++) {
    const off = await toggles();
    report('toggles, checkpoints off', off);
    gateway.checkpointer.start();
    const on = await toggles();
    await gateway.checkpointer.stop();
    report('toggles, a checkpoint every second', on);
    rates.off.push(off.perSecond);
    rates.on.push(on.perSecond);
  }
  const [after] = await dataSource.query(
    'SELECT max(number) AS number, max(subjects) AS subjects FROM ledger_checkpoint',
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]?.toFixed(0);
  line('median toggles/s, checkpoints off / every second', `${median(rates.off)} / ${median(rates.on)}`);
  line('  checkpoints signed while on', `${after.number - before.number}, over ${after.subjects} subjects`);
} finally {
  await gateway.stop();
  await dataSource.destroy();
  await server.stop();
}
