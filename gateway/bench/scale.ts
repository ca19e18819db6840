import pg from 'pg';
import type { DataSource } from 'typeorm';
import { runLoad } from './load.js';
import { type Figures, report, secondsOf } from './measure.js';

/** Changes each seeded person made: 10 per person gives 10,000,000 events for 1,000,000 people. */
const eventsPerPerson = 10;
/** The person-wide objections the seeded people made and withdrew, in turn (their states: the latest per purpose). */
const purposes = ['direct-marketing', 'group-sharing', 'loyalty-profiling', 'loyalty-email', 'home-wifi-marketing'];
/** People seeded per statement: each batch is one transaction of its own. */
const batch = 50_000;

/**
 * People who are customers like the demo's: a consumer account each, administered by them, one
 * mobile line, and `eventsPerPerson` changes in the ledger (hash-chained in shape; nobody verifies
 * these chains) with their projection and chain head. Ids are derived from the person's number, so
 * growing from 10,000 to 1,000,000 adds people 10,001 on. Seeded with `INSERT … SELECT` on the
 * server: the rows never travel, which is what COPY would save.
 */
async function seedPeople(dataSource: DataSource, ownerDatabaseUrl: string, from: number, to: number): Promise<void> {
  for (let start = from; start <= to; start += batch) {
    const end = Math.min(to, start + batch - 1);
    await dataSource.query(
      `WITH numbers AS (
         SELECT n, md5('scale-person-' || n)::uuid AS person, md5('scale-account-' || n)::uuid AS account,
           md5('scale-line-' || n)::uuid AS line
         FROM generate_series($1::int, $2::int) AS n
       ), people AS (
         INSERT INTO person (id, email_index, password_hash, profile, language, created_at)
         SELECT person, 'scale-' || n, 'none', '\\x00'::bytea, 'nl', now() FROM numbers
       ), accounts AS (
         INSERT INTO customer_account (id, customer_number, segment, name, created_at)
         SELECT account, '6' || lpad(n::text, 8, '0'), 'consumer', 'Scale ' || n, now() FROM numbers
       ), members AS (
         INSERT INTO account_membership (account_id, person_id, role, status, requested_at, approved_at)
         SELECT account, person, 'administrator', 'active', now(), now() FROM numbers
       )
       INSERT INTO subscription (id, account_id, kind, phone_number, assigned_person_id, created_at)
       SELECT line, account, 'mobile', '+3249' || lpad(n::text, 7, '0'), person, now() FROM numbers`,
      [start, end],
    );
    await dataSource.query(
      `WITH events AS (
         INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, channel, decision,
           text_version, language, actor_kind, collection_channel, occurred_at, previous_hash, hash)
         SELECT gen_random_uuid(), md5('scale-person-' || n)::uuid, 'person', s, ($3::text[])[1 + s % $4], NULL,
           CASE WHEN s % 2 = 0 THEN 'objected' ELSE 'objection-withdrawn' END, 1, 'nl', 'subject', 'web',
           now() - make_interval(days => $5 - s), md5(n || '-' || (s - 1)) || md5(n || '-' || (s - 1)),
           md5(n || '-' || s) || md5(n || '-' || s)
         FROM generate_series($1::int, $2::int) AS n, generate_series(1, $5) AS s
         RETURNING event_id, subject_id, sequence, purpose, decision, occurred_at, hash
       ), latest AS (
         SELECT DISTINCT ON (subject_id, purpose) * FROM events ORDER BY subject_id, purpose, sequence DESC
       ), states AS (
         INSERT INTO preference_state (subject_id, purpose, channel, subject_kind, allowed, decision, actor_kind,
           text_version, last_event_id, decided_at)
         SELECT subject_id, purpose, '', 'person', decision <> 'objected', decision, 'subject', 1, event_id, occurred_at
         FROM latest
       )
       INSERT INTO subject_chain_head (subject_id, last_sequence, last_hash)
       SELECT DISTINCT ON (subject_id) subject_id, sequence, hash FROM events ORDER BY subject_id, sequence DESC`,
      [start, end, purposes, purposes.length, eventsPerPerson],
    );
  }
  // Statistics as autovacuum would have them after such growth; only the tables' owner may ANALYZE.
  const owner = new pg.Client({ connectionString: ownerDatabaseUrl });
  await owner.connect();
  try {
    await owner.query(
      'ANALYZE person, customer_account, account_membership, subscription, preference_event, preference_state, subject_chain_head',
    );
  } finally {
    await owner.end();
  }
}

async function readLoad(url: string, tokens: string[], query: string): Promise<Figures> {
  return runLoad({
    url,
    concurrency: 8,
    requests: Array.from({ length: 6000 }, (_, index) => ({
      query,
      variables: {},
      token: tokens[index % tokens.length],
    })),
  });
}

/**
 * Issue 14: the read of one's preferences with 10,000 people, then with 1,000,000 people and
 * 10,000,000 ledger events, in one run: the p99 may grow at most 1.5 times. The readers are the
 * bench's signed-in people; the seeded ones only make the tables and indexes their real size.
 */
export async function readsAtScale(options: {
  dataSource: DataSource;
  ownerDatabaseUrl: string;
  url: string;
  tokens: string[];
  query: string;
}): Promise<void> {
  const small = await secondsOf(() => seedPeople(options.dataSource, options.ownerDatabaseUrl, 1, 10_000));
  console.log(
    `seeding 10,000 people, ${(10_000 * eventsPerPerson).toLocaleString('en')} events: ${small.toFixed(1)} s`,
  );
  const before = await readLoad(options.url, options.tokens, options.query);
  report('privacyPreferences reads, 10,000 people', before);
  const large = await secondsOf(() => seedPeople(options.dataSource, options.ownerDatabaseUrl, 10_001, 1_000_000));
  console.log(
    `seeding up to 1,000,000 people, ${(1_000_000 * eventsPerPerson).toLocaleString('en')} events: ${large.toFixed(1)} s`,
  );
  const after = await readLoad(options.url, options.tokens, options.query);
  report('privacyPreferences reads, 1,000,000 people', after);
  console.log(
    `${'read p99, 1,000,000 people / 10,000 people'.padEnd(44)} ${(after.p99 / before.p99).toFixed(2).padStart(6)} x   (target <= 1.5x)`,
  );
}
