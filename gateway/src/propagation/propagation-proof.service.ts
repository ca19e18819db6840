import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { checkPageSize, decodeCursor, encodeCursor, forwardPage } from '../common/cursor.js';
import { badUserInput } from '../common/errors.js';
import { derivedId } from '../common/object-id.js';
import type { ConnectionPage } from '../common/page-info.js';
import { returnedRows } from '../common/returned-rows.js';
import { logStaffRead } from '../common/staff-reads.js';
import { subjectFor, subjectNotFound } from '../identity/index.js';
import type { AttemptOutcome } from './delivery-attempt.entity.js';
import {
  DeliveryAttemptView,
  DeliveryProofView,
  FailedDeliveryView,
  SubjectPropagationView,
  SystemLagView,
} from './propagation.types.js';

interface ProofRow {
  delivery_id: string;
  system_key: string;
  system_name: string;
  delivered_at: Date | null;
  acknowledged_at: Date | null;
  next_attempt_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  history: {
    id: string;
    attemptedAt: string;
    statusCode: number | null;
    latencyMs: number;
    error: string | null;
    outcome: AttemptOutcome;
  }[];
}

function proofView(row: ProofRow): DeliveryProofView {
  return Object.assign(new DeliveryProofView(), {
    id: derivedId('Delivery', row.delivery_id),
    systemKey: row.system_key,
    systemName: row.system_name,
    // Every attempt counts, across replays: the history is the count.
    attempts: row.history.length,
    deliveredAt: row.delivered_at,
    acknowledgedAt: row.acknowledged_at,
    nextAttemptAt: row.next_attempt_at,
    failedAt: row.failed_at,
    lastError: row.last_error,
    history: row.history.map((attempt) =>
      Object.assign(new DeliveryAttemptView(), {
        ...attempt,
        id: derivedId('DeliveryAttempt', String(attempt.id)),
        attemptedAt: new Date(attempt.attemptedAt),
      }),
    ),
  });
}

const maxFailedPage = 500;
/** A parked delivery's place: when it was parked (UTC, microseconds) and its id. */
const failedPoint = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})\|(\d{1,18})$/;

/** The history lives in `delivery_attempt`, never rewritten. */
const proofColumns = `delivery.id::text AS delivery_id, system.key AS system_key, system.name AS system_name, delivery.delivered_at, delivery.acknowledged_at, delivery.next_attempt_at, delivery.failed_at, delivery.last_error,
  (SELECT coalesce(json_agg(json_build_object('id', attempt.id::text, 'attemptedAt', attempt.attempted_at, 'statusCode', attempt.status_code,
     'latencyMs', attempt.latency_ms, 'error', attempt.error, 'outcome', attempt.outcome) ORDER BY attempt.id), '[]')
   FROM delivery_attempt attempt WHERE attempt.delivery_id = delivery.id) AS history`;

/** The proof of GDPR Art. 19: which system received and applied which change, and when; the lag and the failures. */
export class PropagationProofService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Per system, the delivery of one event; for the DPO, and for whoever may see the event's subject. */
  async proof(caller: PersonCaller, eventId: string): Promise<DeliveryProofView[]> {
    // An unknown event answers word for word like another person's: no id tells whether it exists.
    const [event]: { aggregateid: string }[] = await this.dataSource.query(
      'SELECT aggregateid FROM outbox_event WHERE id = $1',
      [eventId],
    );
    if (!event) throw subjectNotFound();
    // The office sees every proof, also of subjects erased since.
    if (caller.staffRole !== 'data-protection-officer')
      await subjectFor(this.dataSource.manager, caller, event.aggregateid);
    await logStaffRead(this.dataSource.manager, caller, event.aggregateid, 'propagationProof', this.clock.now());
    const rows: ProofRow[] = await this.dataSource.query(
      `SELECT ${proofColumns} FROM delivery JOIN downstream_system system ON system.id = delivery.system_id
       WHERE delivery.outbox_event_id = $1 ORDER BY system.key`,
      [eventId],
    );
    return rows.map(proofView);
  }

  /** Per system, where the changes of one subject stand; for the DPO and whoever may see the subject. */
  async subjectStatus(caller: PersonCaller, subjectId: string | null | undefined): Promise<SubjectPropagationView[]> {
    const { subject } = await subjectFor(this.dataSource.manager, caller, subjectId);
    await logStaffRead(this.dataSource.manager, caller, subject.id, 'propagationStatus', this.clock.now());
    const rows: {
      system_key: string;
      system_name: string;
      acknowledged: number;
      pending: number;
      failed: number;
      last: Date | null;
    }[] = await this.dataSource.query(
      `SELECT system.key AS system_key, system.name AS system_name,
         count(*) FILTER (WHERE delivery.acknowledged_at IS NOT NULL)::int AS acknowledged,
         count(*) FILTER (WHERE delivery.acknowledged_at IS NULL)::int AS pending,
         count(*) FILTER (WHERE delivery.failed_at IS NOT NULL)::int AS failed,
         max(delivery.acknowledged_at) AS last
       FROM delivery JOIN downstream_system system ON system.id = delivery.system_id
       WHERE delivery.subject_id = $1 GROUP BY system.key, system.name ORDER BY system.key`,
      [subject.id],
    );
    return rows.map((row) =>
      Object.assign(new SubjectPropagationView(), {
        id: derivedId('SubjectPropagation', subject.id, row.system_key),
        systemKey: row.system_key,
        systemName: row.system_name,
        acknowledged: row.acknowledged,
        pending: row.pending,
        failed: row.failed,
        lastAcknowledgedAt: row.last,
      }),
    );
  }

  /** Newest first, by the time each was parked (then by delivery, for a total order the cursor can hold). */
  async failed(first: number, after: string | null | undefined): Promise<ConnectionPage<FailedDeliveryView>> {
    checkPageSize(first, maxFailedPage);
    const [, failedAt, deliveryId] = after ? (failedPoint.exec(decodeCursor('failed', after, failedPoint)) ?? []) : [];
    const rows: (ProofRow & { event_id: string; type: string; purpose: string | null; failed_at_text: string })[] =
      await this.dataSource.query(
        `SELECT ${proofColumns}, delivery.outbox_event_id AS event_id, event.type, event.payload->>'purpose' AS purpose,
           to_char(delivery.failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS failed_at_text
         FROM delivery JOIN downstream_system system ON system.id = delivery.system_id
         JOIN outbox_event event ON event.id = delivery.outbox_event_id
         WHERE delivery.failed_at IS NOT NULL
           AND ($2::timestamp IS NULL OR (delivery.failed_at AT TIME ZONE 'UTC', delivery.id) < ($2::timestamp, $3::bigint))
         ORDER BY delivery.failed_at DESC, delivery.id DESC LIMIT $1`,
        [first + 1, failedAt ?? null, deliveryId ?? null],
      );
    return forwardPage(
      rows,
      first,
      (row) => encodeCursor('failed', `${row.failed_at_text}|${row.delivery_id}`),
      (row) =>
        Object.assign(new FailedDeliveryView(), proofView(row), {
          eventId: row.event_id,
          type: row.type,
          purpose: row.purpose,
        }),
    );
  }

  async lag(): Promise<SystemLagView[]> {
    const now = this.clock.now();
    const rows: {
      system_key: string;
      oldest: Date | null;
      unacknowledged: number;
      failed: number;
      p99: number | null;
    }[] = await this.dataSource.query(
      `SELECT system.key AS system_key,
         min(delivery.created_at) FILTER (WHERE delivery.acknowledged_at IS NULL) AS oldest,
         count(*) FILTER (WHERE delivery.acknowledged_at IS NULL)::int AS unacknowledged,
         count(*) FILTER (WHERE delivery.failed_at IS NOT NULL)::int AS failed,
         percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM delivery.acknowledged_at - event.created_at) * 1000)
           FILTER (WHERE delivery.acknowledged_at >= $1) AS p99
       FROM downstream_system system
       LEFT JOIN delivery ON delivery.system_id = system.id
       LEFT JOIN outbox_event event ON event.id = delivery.outbox_event_id
       GROUP BY system.key ORDER BY system.key`,
      [new Date(now.getTime() - 3_600_000)],
    );
    return rows.map((row) =>
      Object.assign(new SystemLagView(), {
        id: derivedId('SystemLag', row.system_key),
        systemKey: row.system_key,
        oldestUnacknowledgedAt: row.oldest,
        unacknowledged: row.unacknowledged,
        failed: row.failed,
        p99LagMsLastHour: row.p99 === null ? null : Math.round(row.p99),
      }),
    );
  }

  /**
   * Sends again: one event, or every event in a time range, to one system or all; returns the
   * deliveries rescheduled. A replay starts a new round of attempts; the first delivery and
   * acknowledgement times and every earlier attempt stay as they were.
   */
  async replay(input: {
    eventId?: string | null;
    from?: Date | null;
    to?: Date | null;
    systemKey?: string | null;
  }): Promise<number> {
    if (!input.eventId && !(input.from && input.to)) {
      throw badUserInput('Give an event id, or a time range (from and to).', { field: 'eventId' });
    }
    const now = this.clock.now();
    const result = await this.dataSource.query(
      `UPDATE delivery SET failed_at = NULL, attempts = 0, next_attempt_at = $1, leased_until = NULL, last_error = NULL
       FROM downstream_system system, outbox_event event
       WHERE system.id = delivery.system_id AND event.id = delivery.outbox_event_id AND system.webhook_url IS NOT NULL
         AND ($2::uuid IS NULL OR delivery.outbox_event_id = $2)
         AND ($3::timestamptz IS NULL OR event.created_at >= $3) AND ($4::timestamptz IS NULL OR event.created_at < $4)
         AND ($5::text IS NULL OR system.key = $5)
       RETURNING delivery.id`,
      [now, input.eventId ?? null, input.from ?? null, input.to ?? null, input.systemKey ?? null],
    );
    return returnedRows(result).length;
  }
}
