import pg from 'pg';
import type { DataSource } from 'typeorm';
import { addMilliseconds, type Clock } from '../common/clock.js';
import { returnedRows } from '../database/returned-rows.js';
import { outboxChannel } from '../preferences/ledger.js';
import { retryDelayMs } from './retry-schedule.js';
import { concernsSystem } from './subject-event.js';
import { type SubjectIdentifiers, subjectIdentifiers } from './subject-identifiers.js';
import { webhookSecret } from './system-credentials.js';
import { signWebhook } from './webhook-signer.js';

export interface RelayOptions {
  dataSource: DataSource;
  /** For LISTEN: a connection of its own. */
  databaseUrl: string;
  clock: Clock;
  gatewaySecret: string;
  pollIntervalMs?: number;
  timeoutMs?: number;
  onError?: (error: unknown) => void;
}

interface ClaimedDelivery {
  id: string;
  outbox_event_id: string;
  system_id: string;
  attempts: number;
  webhook_url: string;
  secret_version: number;
  subject_id: string;
  type: string;
  payload: Record<string, unknown>;
}

const batchSize = 50;
const leaseMs = 60_000;

/**
 * Carries outbox events to downstream systems. The outbox table is the truth: a relay that is
 * down, killed or slow loses nothing, and several gateways may run relays at once because rows
 * are claimed with `FOR UPDATE SKIP LOCKED` and leased while being sent.
 */
export class Relay {
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: RelayOptions) {}

  /** Wakes on NOTIFY after each commit, and polls besides, so a lost notification costs one interval. */
  async start(): Promise<void> {
    this.listener = new pg.Client({ connectionString: this.options.databaseUrl });
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error) => this.options.onError?.(error));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${outboxChannel}`);
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1_000);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => {});
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.options.onError?.(error))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.runOnce()) > 0) {
      // Keep going while there is work: events of one subject become sendable one after another.
    }
  }

  /** One pass: fan new outbox events out to their systems, then send what is due. Returns the work done. */
  async runOnce(): Promise<number> {
    const now = this.options.clock.now();
    const fannedOut = await this.fanOut(now);
    const claimed = await this.claimDue(now);
    // One lookup for the whole batch, not one per delivery.
    const identifiers = await subjectIdentifiers(this.options.dataSource.manager, [
      ...new Set(claimed.map((delivery) => delivery.subject_id)),
    ]);
    await Promise.all(claimed.map((delivery) => this.send(delivery, identifiers.get(delivery.subject_id))));
    return fannedOut + claimed.length;
  }

  /** Creates one delivery per event and subscribed system, and marks the events fanned out, atomically. */
  private async fanOut(now: Date): Promise<number> {
    const result = await this.options.dataSource.query(
      `WITH event AS (
         SELECT id, aggregateid, type, payload FROM outbox_event WHERE fanned_out_at IS NULL
         ORDER BY position LIMIT 500 FOR UPDATE SKIP LOCKED
       ), created AS (
         INSERT INTO delivery (outbox_event_id, system_id, subject_id, subject_sequence, attempts, next_attempt_at, created_at)
         SELECT event.id, system.id, event.aggregateid::uuid, (event.payload->>'sequence')::int, 0, $1, $1
         FROM event JOIN downstream_system system ON system.active AND ${concernsSystem}
         ON CONFLICT DO NOTHING
       )
       UPDATE outbox_event SET fanned_out_at = $1 WHERE id IN (SELECT id FROM event) RETURNING id`,
      [now],
    );
    return returnedRows(result).length;
  }

  /**
   * Leases the due webhook deliveries. A delivery waits while an earlier event of the same subject
   * is not yet acknowledged by the same system: a receiver never gets n+1 before n.
   */
  private async claimDue(now: Date): Promise<ClaimedDelivery[]> {
    const result = await this.options.dataSource.query(
      `UPDATE delivery SET leased_until = $2
       FROM downstream_system system, outbox_event event
       WHERE delivery.id IN (
         SELECT due.id FROM delivery due JOIN downstream_system target ON target.id = due.system_id
         WHERE due.acknowledged_at IS NULL AND due.failed_at IS NULL AND due.next_attempt_at <= $1
           AND (due.leased_until IS NULL OR due.leased_until <= $1)
           AND target.webhook_url IS NOT NULL AND target.active
           AND NOT EXISTS (
             SELECT 1 FROM delivery earlier
             WHERE earlier.system_id = due.system_id AND earlier.subject_id = due.subject_id
               AND earlier.subject_sequence < due.subject_sequence AND earlier.acknowledged_at IS NULL)
         ORDER BY due.id LIMIT ${batchSize} FOR UPDATE OF due SKIP LOCKED)
       AND system.id = delivery.system_id AND event.id = delivery.outbox_event_id
       RETURNING delivery.id, delivery.outbox_event_id, delivery.system_id, delivery.attempts, delivery.subject_id,
         system.webhook_url, system.secret_version, event.type, event.payload`,
      [now, addMilliseconds(now, leaseMs)],
    );
    return returnedRows<ClaimedDelivery>(result);
  }

  private async send(delivery: ClaimedDelivery, identifiers: SubjectIdentifiers | undefined): Promise<void> {
    const body = JSON.stringify({
      type: delivery.type,
      timestamp: delivery.payload.occurredAt,
      data: { ...delivery.payload, subject: { id: delivery.subject_id, ...identifiers } },
    });
    const secret = webhookSecret(this.options.gatewaySecret, delivery.system_id, delivery.secret_version);
    const request = signWebhook(secret, delivery.outbox_event_id, body);
    let failure: string | null = null;
    try {
      const response = await fetch(delivery.webhook_url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
      await response.body?.cancel();
      if (!response.ok) failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    await this.record(delivery, failure);
  }

  private async record(delivery: ClaimedDelivery, failure: string | null): Promise<void> {
    const now = this.options.clock.now();
    const attempts = delivery.attempts + 1;
    if (!failure) {
      await this.options.dataSource.query(
        `UPDATE delivery SET attempts = $2, delivered_at = $3, acknowledged_at = $3, leased_until = NULL, last_error = NULL
         WHERE id = $1`,
        [delivery.id, attempts, now],
      );
      return;
    }
    const delay = retryDelayMs(attempts);
    await this.options.dataSource.query(
      `UPDATE delivery SET attempts = $2, leased_until = NULL, last_error = $3, next_attempt_at = $4, failed_at = $5
       WHERE id = $1`,
      [
        delivery.id,
        attempts,
        failure.slice(0, 500),
        delay === null ? now : addMilliseconds(now, delay),
        delay === null ? now : null,
      ],
    );
  }
}
