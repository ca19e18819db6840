import type { DataSource } from 'typeorm';
import { liveChannel } from '../common/live-notice.js';

/** What one attempt did to its delivery, as the relay decided it. */
export interface RecordedAttempt {
  deliveryId: string;
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  outcome: string;
  attempts: number;
  nextAttemptAt: Date | null;
  /** The live notice sent on commit, for the subscribers of the event's propagation. */
  notice: string;
}

/**
 * Writes the relay's attempts in groups: an attempt that finishes while a write is on its way
 * waits for it and goes with the next one, so a burst of answers costs one commit (one flush to
 * disk) instead of one each, and no answer waits longer than one write. Each attempt row is only
 * ever added, and its delivery updated, in the same statement.
 */
export class AttemptRecorder {
  #waiting: { attempt: RecordedAttempt; done: () => void; failed: (error: unknown) => void }[] = [];
  #writing = false;

  constructor(private readonly dataSource: DataSource) {}

  record(attempt: RecordedAttempt): Promise<void> {
    return new Promise((done, failed) => {
      this.#waiting.push({ attempt, done, failed });
      if (!this.#writing) void this.#writeWaiting();
    });
  }

  async #writeWaiting(): Promise<void> {
    this.#writing = true;
    while (this.#waiting.length > 0) {
      const group = this.#waiting.splice(0);
      try {
        await this.#write(group.map((entry) => entry.attempt));
        for (const entry of group) entry.done();
      } catch (error) {
        for (const entry of group) entry.failed(error);
      }
    }
    this.#writing = false;
  }

  #write(attempts: RecordedAttempt[]): Promise<unknown> {
    const column = <Value>(pick: (attempt: RecordedAttempt) => Value) => attempts.map(pick);
    return this.dataSource.query(
      `WITH given AS (
         SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::int[], $4::int[], $5::text[], $6::text[],
           $7::int[], $8::timestamptz[], $9::text[])
           AS given (delivery_id, attempted_at, status_code, latency_ms, error, outcome, attempts, next_attempt_at, notice)
       ), attempt AS (
         INSERT INTO delivery_attempt (delivery_id, attempted_at, status_code, latency_ms, error, outcome)
         SELECT delivery_id, attempted_at, status_code, latency_ms, error, outcome FROM given
       )
       UPDATE delivery SET attempts = given.attempts, leased_until = NULL, last_error = given.error,
         delivered_at = CASE WHEN given.outcome = 'acknowledged' THEN coalesce(delivered_at, given.attempted_at) ELSE delivered_at END,
         acknowledged_at = CASE WHEN given.outcome = 'acknowledged' THEN coalesce(acknowledged_at, given.attempted_at) ELSE acknowledged_at END,
         next_attempt_at = given.next_attempt_at,
         failed_at = CASE WHEN given.outcome = 'parked' THEN given.attempted_at ELSE NULL END
       FROM given WHERE delivery.id = given.delivery_id
       RETURNING pg_notify('${liveChannel}', given.notice)`,
      [
        column((attempt) => attempt.deliveryId),
        column((attempt) => attempt.attemptedAt),
        column((attempt) => attempt.statusCode),
        column((attempt) => attempt.latencyMs),
        column((attempt) => attempt.error),
        column((attempt) => attempt.outcome),
        column((attempt) => attempt.attempts),
        column((attempt) => attempt.nextAttemptAt),
        column((attempt) => attempt.notice),
      ],
    );
  }
}
