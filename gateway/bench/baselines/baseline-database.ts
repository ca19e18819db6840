/**
 * The bare baselines' own small schema: a session table, 15 preference rows per person, a chain
 * head, a hash-chained ledger and an outbox. It holds what our read and write must touch at the
 * least, so the ratio says what our features cost above the floor of the stack.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

export const baselinePurposes = Array.from({ length: 15 }, (_, index) => `purpose-${index + 1}`);

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Creates the schema afresh and returns one bearer token per person. */
export async function seedBaselineDatabase(url: string, people: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      DROP SCHEMA IF EXISTS bench_baseline CASCADE;
      CREATE SCHEMA bench_baseline;
      CREATE TABLE bench_baseline.session (token_hash text PRIMARY KEY, subject_id uuid NOT NULL, expires_at timestamptz NOT NULL);
      CREATE TABLE bench_baseline.preference (
        subject_id uuid NOT NULL, purpose text NOT NULL, allowed boolean NOT NULL, changed_at timestamptz NOT NULL,
        PRIMARY KEY (subject_id, purpose));
      CREATE TABLE bench_baseline.chain_head (subject_id uuid PRIMARY KEY, head text NOT NULL);
      CREATE TABLE bench_baseline.ledger (
        id bigserial PRIMARY KEY, subject_id uuid NOT NULL, purpose text NOT NULL, allowed boolean NOT NULL,
        previous_hash text NOT NULL, hash text NOT NULL, recorded_at timestamptz NOT NULL);
      CREATE TABLE bench_baseline.outbox (id bigserial PRIMARY KEY, payload jsonb NOT NULL);`);
    const { rows } = await client.query<{ token: string }>(
      `WITH people AS (SELECT gen_random_uuid() AS subject_id, gen_random_uuid()::text AS token FROM generate_series(1, $1)),
            sessions AS (INSERT INTO bench_baseline.session
              SELECT encode(sha256(convert_to(token, 'UTF8')), 'hex'), subject_id, now() + interval '1 day' FROM people),
            heads AS (INSERT INTO bench_baseline.chain_head SELECT subject_id, repeat('0', 64) FROM people),
            choices AS (INSERT INTO bench_baseline.preference
              SELECT subject_id, purpose, true, now() FROM people, unnest($2::text[]) AS purpose)
       SELECT token FROM people`,
      [people, baselinePurposes],
    );
    await client.query('ANALYZE');
    return rows.map((row) => row.token);
  } finally {
    await client.end();
  }
}
