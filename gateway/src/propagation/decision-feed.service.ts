import type { DataSource } from 'typeorm';
import type { SystemCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { decodeCursor, encodeCursor } from '../common/cursor.js';
import { badUserInput } from '../common/errors.js';
import { liveChannel } from '../common/live-notice.js';
import { PageInfoView } from '../common/page-info.js';
import type { Decision, PublishedCheckpoint, SubjectKind } from '../preferences/index.js';
import { LedgerCheckpointView } from '../preferences/index.js';
import { DecisionFeedView, DecisionView } from './propagation.types.js';
import { sequenceCommittedEvents } from './sequencer.js';
import { subjectIdentifiers } from './subject-identifiers.js';
import { concernsSystem } from './system-scope.js';

const maxPageSize = 1_000;
const position = /^\d{1,18}$/;

interface FeedRow {
  id: string;
  position: string;
  type: string;
  payload: Record<string, string | number | boolean | null> & {
    checkpoint?: PublishedCheckpoint;
    subjectKind?: SubjectKind;
    decision?: Decision;
  };
}

/**
 * The pull feed: a system reads the changes of its purposes in order, from any cursor (so it can
 * replay), and acknowledges what it applied. The acknowledgement is the proof of Art. 19.
 */
export class DecisionFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async feed(system: SystemCaller, after: string | null | undefined, first: number): Promise<DecisionFeedView> {
    if (first < 1 || first > maxPageSize) throw badUserInput(`first is 1 to ${maxPageSize}.`, { field: 'first' });
    const from = after ? decodeCursor('decision', after, position) : '0';
    // A reader does not wait for a relay: what committed is sequenced now (or by whoever is at it).
    await sequenceCommittedEvents(this.dataSource, this.clock.now(), false);
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT event.id, sequenced.position, event.type, event.payload
       FROM propagation_event sequenced JOIN outbox_event event ON event.id = sequenced.event_id,
         (SELECT $2::text[] AS purposes) system
       WHERE sequenced.position > $1 AND ${concernsSystem}
       ORDER BY sequenced.position LIMIT $3`,
      [from, system.purposes, first + 1],
    );
    const page = rows.slice(0, first);
    const identifiers = await subjectIdentifiers(
      this.dataSource.manager,
      page.flatMap((row) => (row.payload.subjectId ? [String(row.payload.subjectId)] : [])),
    );
    return Object.assign(new DecisionFeedView(), {
      edges: page.map((row) => {
        const subjectId = String(row.payload.subjectId);
        const known = identifiers.get(subjectId);
        const { checkpoint } = row.payload;
        return {
          cursor: encodeCursor('decision', row.position),
          node: Object.assign(new DecisionView(), {
            id: row.id,
            subject: checkpoint
              ? null
              : {
                  id: subjectId,
                  kind: row.payload.subjectKind ?? 'person',
                  phoneNumber: known?.phoneNumber ?? null,
                  customerNumber: known?.customerNumber ?? null,
                },
            type: row.type,
            sequence: row.type === 'preference.changed' ? Number(row.payload.sequence) : null,
            purpose: (row.payload.purpose as string | undefined) ?? null,
            channel: (row.payload.channel as string | null | undefined) ?? null,
            decision: row.payload.decision ?? null,
            allowed: row.type === 'preference.changed' ? Boolean(row.payload.allowed) : null,
            occurredAt: new Date(String(row.payload.occurredAt)),
            checkpoint: checkpoint
              ? Object.assign(new LedgerCheckpointView(), {
                  ...checkpoint,
                  id: row.id,
                  signedAt: new Date(checkpoint.signedAt),
                })
              : null,
          }),
        };
      }),
      pageInfo: Object.assign(new PageInfoView(), {
        hasNextPage: rows.length > first,
        hasPreviousPage: false,
        startCursor: page[0] ? encodeCursor('decision', page[0].position) : null,
        endCursor:
          page.length > 0 ? encodeCursor('decision', (page[page.length - 1] as FeedRow).position) : (after ?? null),
      }),
    });
  }

  /** Records that the system applied these events; returns how many were of its purposes. */
  async acknowledge(system: SystemCaller, eventIds: string[]): Promise<number> {
    // That each is a UUID, the input screening made sure.
    if (eventIds.length > maxPageSize) {
      throw badUserInput(`Give 1 to ${maxPageSize} event ids.`, { field: 'eventIds' });
    }
    const now = this.clock.now();
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO delivery (outbox_event_id, system_id, subject_id, feed_position, attempts, next_attempt_at,
         delivered_at, acknowledged_at, created_at)
       SELECT event.id, $1, event.aggregateid::uuid, sequenced.position, 0, NULL, $3, $3, $3
       FROM outbox_event event JOIN propagation_event sequenced ON sequenced.event_id = event.id,
         (SELECT $4::text[] AS purposes) system
       WHERE event.id = ANY($2::uuid[]) AND ${concernsSystem}
       ON CONFLICT (outbox_event_id, system_id) DO UPDATE
         SET acknowledged_at = coalesce(delivery.acknowledged_at, EXCLUDED.acknowledged_at),
             delivered_at = coalesce(delivery.delivered_at, EXCLUDED.delivered_at)
       RETURNING id, pg_notify('${liveChannel}', json_build_object('kind', 'propagation', 'eventId', outbox_event_id)::text)`,
      [system.systemId, eventIds, now, system.purposes],
    );
    return rows.length;
  }
}
