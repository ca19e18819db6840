/**
 * The work both bare baselines do per request, in plain `pg`: the minimal signed-in read and the
 * minimal ledger write. Our gateway does at least this much; everything above it is ours.
 */
import type pg from 'pg';
import { sha256 } from './baseline-database.js';

export interface BaselineChoice {
  purpose: string;
  allowed: boolean;
  changedAt: string;
}

async function subjectOf(pool: pg.Pool, token: string | undefined): Promise<string | undefined> {
  if (!token) return undefined;
  const { rows } = await pool.query<{ subject_id: string }>({
    name: 'baseline-session',
    text: 'SELECT subject_id FROM bench_baseline.session WHERE token_hash = $1 AND expires_at > now()',
    values: [sha256(token)],
  });
  return rows[0]?.subject_id;
}

/** Bearer token -> session row -> the person's 15 preference rows. */
export async function readChoices(pool: pg.Pool, token: string | undefined): Promise<BaselineChoice[] | undefined> {
  const subject = await subjectOf(pool, token);
  if (!subject) return undefined;
  const { rows } = await pool.query<BaselineChoice>({
    name: 'baseline-read',
    text: `SELECT purpose, allowed, changed_at AS "changedAt" FROM bench_baseline.preference
            WHERE subject_id = $1 ORDER BY purpose`,
    values: [subject],
  });
  return rows;
}

/** One transaction: lock the subject's head, append a hash-chained event, upsert the state, add an outbox row. */
export async function writeChoice(
  pool: pg.Pool,
  token: string | undefined,
  purpose: string,
  allowed: boolean,
): Promise<BaselineChoice | undefined> {
  const subject = await subjectOf(pool, token);
  if (!subject) return undefined;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ head: string }>(
      'SELECT head FROM bench_baseline.chain_head WHERE subject_id = $1 FOR UPDATE',
      [subject],
    );
    const previous = rows[0]?.head ?? '';
    const recordedAt = new Date().toISOString();
    const hash = sha256(JSON.stringify([previous, subject, purpose, allowed, recordedAt]));
    await client.query(
      `INSERT INTO bench_baseline.ledger (subject_id, purpose, allowed, previous_hash, hash, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [subject, purpose, allowed, previous, hash, recordedAt],
    );
    await client.query('UPDATE bench_baseline.chain_head SET head = $2 WHERE subject_id = $1', [subject, hash]);
    await client.query(
      `INSERT INTO bench_baseline.preference VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject_id, purpose) DO UPDATE SET allowed = excluded.allowed, changed_at = excluded.changed_at`,
      [subject, purpose, allowed, recordedAt],
    );
    await client.query('INSERT INTO bench_baseline.outbox (payload) VALUES ($1)', [
      JSON.stringify({ subject, purpose, allowed, hash }),
    ]);
    await client.query('COMMIT');
    return { purpose, allowed, changedAt: recordedAt };
  } catch (failure) {
    await client.query('ROLLBACK');
    throw failure;
  } finally {
    client.release();
  }
}
