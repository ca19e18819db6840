import type { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { GpcSignal } from './gpc-signal.entity.js';
import { appendEvent } from './ledger.js';
import { PreferenceState } from './preference-state.entity.js';

/** The purposes a Global Privacy Control signal objects to: the web profile and the ad partner's. */
const gpcPurposes = [
  'web-personalized-ads',
  'ads-partner-profiling',
  'ads-partner-selection',
  'ads-partner-measurement',
];

/**
 * `Sec-GPC: 1` on a signed-in request is an objection by automated means (GDPR Art. 21(5)). It
 * is recorded once per person, with the signal as actor; a later explicit choice of the person
 * stands, and the signal does not overrule it again.
 */
export class GpcService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async honour(caller: Caller, headers: Record<string, string | string[] | undefined>): Promise<void> {
    if (headers['sec-gpc'] !== '1' || caller.kind !== 'person' || caller.scope !== 'full' || caller.staffRole) return;
    if (await this.dataSource.getRepository(GpcSignal).existsBy({ personId: caller.personId })) return;
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const first: unknown[] = await manager.query(
        'INSERT INTO gpc_signal (person_id, first_seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING person_id',
        [caller.personId, now],
      );
      if (first.length === 0) return;
      for (const purpose of gpcPurposes) {
        const current = await manager.findOneBy(PreferenceState, { subjectId: caller.personId, purpose, channel: '' });
        if (current?.decision === 'withdrawn') continue;
        await appendEvent(manager, {
          subjectId: caller.personId,
          subjectKind: 'person',
          purpose,
          channel: null,
          decision: 'withdrawn',
          textVersion: null,
          language: null,
          actorKind: 'gpc',
          actorId: null,
          collectionChannel: 'web',
          occurredAt: now,
          idempotencyKey: null,
        });
      }
    });
  }
}
