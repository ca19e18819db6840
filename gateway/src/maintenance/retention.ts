import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import type { JobHandler } from '../common/job-runner.js';
import { returnedRows } from '../common/returned-rows.js';

const hour = 3_600_000;
const day = 24 * hour;

/**
 * What the product keeps only for a while, as the README and the access overview promise:
 * sign-in codes and passkey challenges 1 day, sessions, refresh credentials and reset links 1 day after their end, export archives until
 * they expire, idempotency keys 30 days, sign-in throttles a week after the last failure, rate-limit
 * counters once their window is over, a cookie-banner visitor and its answers `visitorRetentionMonths`
 * after its last answer (the pseudonymous ledger events stay: they are the proof).
 * Returns how many rows each rule removed.
 */
export async function sweepExpired(
  dataSource: DataSource,
  now: Date,
  { visitorRetentionMonths }: { visitorRetentionMonths: number } = { visitorRetentionMonths: 12 },
): Promise<Record<string, number>> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const rules: [string, string, unknown[]][] = [
    ['codes', 'DELETE FROM sms_challenge WHERE created_at < $1 RETURNING id', [before(day)]],
    ['passkeyChallenges', 'DELETE FROM passkey_challenge WHERE created_at < $1 RETURNING id', [before(day)]],
    [
      'sessions',
      'DELETE FROM session WHERE least(coalesce(revoked_at, expires_at), expires_at) < $1 RETURNING id',
      [before(day)],
    ],
    [
      'refreshCredentials',
      'DELETE FROM refresh_credential WHERE least(coalesce(revoked_at, family_expires_at), family_expires_at) < $1 RETURNING id',
      [before(day)],
    ],
    ['resetLinks', 'DELETE FROM password_reset WHERE expires_at < $1 RETURNING id', [before(day)]],
    [
      'exportArchives',
      'UPDATE export_archive SET archive = NULL WHERE expires_at < $1 AND archive IS NOT NULL RETURNING id',
      [now],
    ],
    ['idempotencyKeys', 'DELETE FROM idempotency_record WHERE created_at < $1 RETURNING key', [before(30 * day)]],
    [
      'throttles',
      'DELETE FROM sign_in_throttle WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2) RETURNING email_key',
      [before(7 * day), now],
    ],
    ['rateLimits', 'DELETE FROM rate_limit WHERE expire < $1 RETURNING key', [now.getTime()]],
    [
      // Its cookie_choice rows go with it (ON DELETE CASCADE).
      'visitors',
      'DELETE FROM visitor WHERE last_choice_at < $1::timestamptz - make_interval(months => $2) RETURNING subject_id',
      [now, visitorRetentionMonths],
    ],
  ];
  const removed: Record<string, number> = {};
  for (const [name, sql, parameters] of rules) {
    removed[name] = returnedRows(await dataSource.query(sql, parameters)).length;
  }
  return removed;
}

/** The retention sweep as a job: pg-boss' cron queues one every ten minutes for all gateways together. */
export function retentionSweeps(
  dataSource: DataSource,
  clock: Clock,
  logger: Logger,
  rules: { visitorRetentionMonths: number },
): JobHandler {
  return {
    step: async () => {
      logger.info({ removed: await sweepExpired(dataSource, clock.now(), rules) }, 'retention sweep');
      return 'done';
    },
    // The next one comes ten minutes later.
    giveUp: async (_id, reason) => logger.error({ reason }, 'retention sweep failed'),
  };
}
