import type { DataSource } from 'typeorm';
import { concernsSystem } from './system-scope.js';

const batchSize = 5_000;

/**
 * Gives committed outbox events their place in commit order and creates their deliveries, in
 * one serialized step (the sequencer row's lock), so the pull feed and the per-subject order of
 * deliveries never skip an event whose transaction committed after a later one's.
 *
 * Why it is complete: `pg_snapshot_xmin` of the scan's snapshot is the oldest transaction still
 * running; every outbox row of an older transaction is visible to the scan (committed) or will
 * never exist (rolled back). So after a full scan, everything below that horizon is sequenced,
 * and the next scan starts there. A subject's events commit one after another (the ledger locks
 * its chain head), so commit order keeps each subject's order.
 *
 * `wait: false` skips the step when another gateway is doing it; it then does the same work.
 * Returns the events sequenced.
 */
export async function sequenceCommittedEvents(dataSource: DataSource, now: Date, wait: boolean): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const [sequencer]: { horizon: string }[] = await manager.query(
      `SELECT horizon FROM propagation_sequencer WHERE id = 1 FOR UPDATE${wait ? '' : ' SKIP LOCKED'}`,
    );
    if (!sequencer) return 0;
    const [result]: { sequenced: number; horizon: string }[] = await manager.query(
      `WITH recent AS MATERIALIZED (
         -- From the horizon on, by its index: ordered by position, the planner would walk the whole outbox.
         SELECT event.id, event.position FROM outbox_event event WHERE event.transaction_id >= $1
       ), ready AS (
         SELECT recent.id, recent.position FROM recent
         WHERE NOT EXISTS (SELECT 1 FROM propagation_event done WHERE done.event_id = recent.id)
         ORDER BY recent.position LIMIT ${batchSize}
       ), last AS (
         SELECT coalesce(max(position), 0) AS position FROM propagation_event
       ), sequenced AS (
         INSERT INTO propagation_event (position, event_id, sequenced_at)
         SELECT last.position + row_number() OVER (ORDER BY ready.position), ready.id, $2 FROM ready, last
         RETURNING position, event_id
       ), created AS (
         INSERT INTO delivery (outbox_event_id, system_id, subject_id, feed_position, attempts, next_attempt_at, created_at)
         SELECT event.id, system.id, event.aggregateid::uuid, sequenced.position, 0,
           CASE WHEN system.webhook_url IS NULL THEN NULL ELSE $2::timestamptz END, $2
         FROM sequenced JOIN outbox_event event ON event.id = sequenced.event_id
         JOIN downstream_system system ON system.active AND ${concernsSystem}
       )
       SELECT (SELECT count(*) FROM sequenced)::int AS sequenced,
         pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
      [sequencer.horizon, now],
    );
    const sequenced = result?.sequenced ?? 0;
    // A full batch may have left events below the horizon: look from the same place next time.
    if (result && sequenced < batchSize) {
      await manager.query('UPDATE propagation_sequencer SET horizon = $1 WHERE id = 1', [result.horizon]);
    }
    return sequenced;
  });
}
