import type { DataSource } from 'typeorm';
import { addMilliseconds, type Clock } from '../common/clock.js';
import { liveNoticeText } from '../common/live-notice.js';
import { returnedRows } from '../common/returned-rows.js';
import type { MessageSender } from '../messaging/index.js';
import { AttemptRecorder } from './attempt-recorder.js';
import { AttemptOutcome } from './delivery-attempt.entity.js';
import { OutboxListener } from './outbox-listener.js';
import { retryDelayMs } from './retry-schedule.js';
import { sequenceCommittedEvents } from './sequencer.js';
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
  /** Where the office hears that an endpoint answered 410 Gone and was disabled. */
  officeAlerts?: { messages: MessageSender; to: string };
  onError?: (error: unknown) => void;
}

interface ClaimedDelivery {
  id: string;
  outbox_event_id: string;
  system_id: string;
  system_name: string;
  attempts: number;
  webhook_url: string;
  secret_version: number;
  subject_id: string;
  type: string;
  payload: Record<string, unknown>;
}

/** Deliveries leased per pass; their attempts are written in groups (see AttemptRecorder). */
const batchSize = 200;
const leaseMs = 60_000;

/**
 * Carries outbox events to downstream systems. The outbox table is the truth: a relay that is
 * down, killed or slow loses nothing, and several gateways may run relays at once because rows
 * are claimed with `FOR UPDATE SKIP LOCKED` and leased while being sent.
 */
export class Relay {
  private listener: OutboxListener | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly attempts: AttemptRecorder;

  constructor(private readonly options: RelayOptions) {
    this.attempts = new AttemptRecorder(options.dataSource);
  }

  /** Wakes on NOTIFY after each commit, and polls besides, so a lost notification costs one interval. */
  async start(): Promise<void> {
    this.listener = new OutboxListener(
      this.options.databaseUrl,
      () => this.wake(),
      (error) => this.options.onError?.(error),
    );
    await this.listener.start();
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1_000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.stop();
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

  /** One pass: sequence what committed (creating its deliveries), then send what is due. Returns the work done. */
  async runOnce(): Promise<number> {
    const now = this.options.clock.now();
    const sequenced = await sequenceCommittedEvents(this.options.dataSource, now, false);
    const claimed = await this.claimDue(now);
    // One lookup for the whole batch, not one per delivery.
    const identifiers = await subjectIdentifiers(this.options.dataSource.manager, [
      ...new Set(claimed.map((delivery) => delivery.subject_id)),
    ]);
    await Promise.all(claimed.map((delivery) => this.send(delivery, identifiers.get(delivery.subject_id))));
    return sequenced + claimed.length;
  }

  /**
   * Leases the due webhook deliveries. A delivery waits while an earlier event of the same subject
   * (in commit order) is not yet acknowledged by the same system, or is being sent again: a
   * receiver never gets n+1 before n.
   */
  private async claimDue(now: Date): Promise<ClaimedDelivery[]> {
    const result = await this.options.dataSource.query(
      `UPDATE delivery SET leased_until = $2
       FROM downstream_system system, outbox_event event
       WHERE delivery.id IN (
         SELECT due.id FROM delivery due JOIN downstream_system target ON target.id = due.system_id
         WHERE due.next_attempt_at <= $1 AND due.failed_at IS NULL
           AND (due.leased_until IS NULL OR due.leased_until <= $1)
           AND target.webhook_url IS NOT NULL AND target.active AND target.webhook_disabled_at IS NULL
           AND NOT EXISTS (
             SELECT 1 FROM delivery earlier
             WHERE earlier.system_id = due.system_id AND earlier.subject_id = due.subject_id
               AND earlier.feed_position < due.feed_position
               AND (earlier.acknowledged_at IS NULL OR earlier.next_attempt_at IS NOT NULL))
         ORDER BY due.feed_position LIMIT ${batchSize} FOR UPDATE OF due SKIP LOCKED)
       AND system.id = delivery.system_id AND event.id = delivery.outbox_event_id
       RETURNING delivery.id, delivery.outbox_event_id, delivery.system_id, delivery.attempts, delivery.subject_id,
         system.name AS system_name, system.webhook_url, system.secret_version, event.type, event.payload`,
      [now, addMilliseconds(now, leaseMs)],
    );
    return returnedRows<ClaimedDelivery>(result);
  }

  private async send(delivery: ClaimedDelivery, identifiers: SubjectIdentifiers | undefined): Promise<void> {
    const body = JSON.stringify({
      type: delivery.type,
      timestamp: delivery.payload.occurredAt,
      // A checkpoint concerns no subject: its aggregate id is its own.
      data:
        delivery.type === 'ledger.checkpoint'
          ? delivery.payload
          : { ...delivery.payload, subject: { id: delivery.subject_id, ...identifiers } },
    });
    const secret = webhookSecret(this.options.gatewaySecret, delivery.system_id, delivery.secret_version);
    const request = signWebhook(secret, delivery.outbox_event_id, body);
    const started = performance.now();
    let answer: WebhookAnswer;
    try {
      const response = await fetch(delivery.webhook_url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
      await response.body?.cancel();
      answer = { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      answer = { statusCode: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    await this.record(delivery, answer, Math.round(performance.now() - started));
  }

  /** Writes the attempt (never rewritten) and what follows from it; subscribers are told on commit. */
  private async record(delivery: ClaimedDelivery, answer: WebhookAnswer, latencyMs: number): Promise<void> {
    const now = this.options.clock.now();
    const attempts = delivery.attempts + 1;
    const next = nextStep(answer, attempts);
    await this.attempts.record({
      deliveryId: delivery.id,
      attemptedAt: now,
      statusCode: answer.statusCode,
      latencyMs,
      error: answer.error?.slice(0, 500) ?? null,
      outcome: next.outcome,
      attempts,
      nextAttemptAt:
        next.outcome === AttemptOutcome.RETRY
          ? addMilliseconds(now, next.delayMs)
          : next.outcome === AttemptOutcome.ENDPOINT_GONE
            ? now
            : null,
      notice: liveNoticeText({ kind: 'propagation', eventId: delivery.outbox_event_id }),
    });
    if (next.outcome === AttemptOutcome.ENDPOINT_GONE) await this.disableEndpoint(delivery, now);
  }

  /** 410 Gone: the receiver says the endpoint is no more. Stop sending there and tell the office, once. */
  private async disableEndpoint(delivery: ClaimedDelivery, now: Date): Promise<void> {
    const disabled: unknown[] = returnedRows(
      await this.options.dataSource.query(
        `UPDATE downstream_system SET webhook_disabled_at = $2, webhook_disabled_reason = $3
         WHERE id = $1 AND webhook_disabled_at IS NULL RETURNING id`,
        [delivery.system_id, now, `${delivery.webhook_url} answered 410 Gone`],
      ),
    );
    const alerts = this.options.officeAlerts;
    if (disabled.length === 0 || !alerts) return;
    await alerts.messages.send({
      channel: 'email',
      // The office's mailbox is no data subject's: the message is filed under the system it is about.
      recipientId: delivery.system_id,
      to: alerts.to,
      subject: `Webhook of ${delivery.system_name} disabled`,
      body:
        `The webhook of ${delivery.system_name} (${delivery.webhook_url}) answered 410 Gone: it is disabled and ` +
        'its changes wait. Set its webhook URL again (updateDownstreamSystem) to resume; nothing is lost.',
    });
  }
}

interface WebhookAnswer {
  statusCode: number | null;
  error: string | null;
}

/** How many times a receiver's 4xx (other than 408 and 429) is tried before the delivery is parked. */
export const clientErrorAttempts = 3;

/**
 * Standard Webhooks semantics: a 2xx is done; 410 disables the endpoint; another 4xx is the
 * receiver refusing the message, tried a few times then parked; 5xx, 408, 429 and no answer are
 * retried on the schedule, then parked.
 */
function nextStep(
  answer: WebhookAnswer,
  attempts: number,
):
  | { outcome: AttemptOutcome.ACKNOWLEDGED | AttemptOutcome.ENDPOINT_GONE | AttemptOutcome.PARKED }
  | { outcome: AttemptOutcome.RETRY; delayMs: number } {
  const status = answer.statusCode;
  if (status !== null && status >= 200 && status < 300) return { outcome: AttemptOutcome.ACKNOWLEDGED };
  if (status === 410) return { outcome: AttemptOutcome.ENDPOINT_GONE };
  const refused = status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
  const delayMs = refused && attempts >= clientErrorAttempts ? null : retryDelayMs(attempts);
  return delayMs === null ? { outcome: AttemptOutcome.PARKED } : { outcome: AttemptOutcome.RETRY, delayMs };
}
