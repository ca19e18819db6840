import type { EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { GpcSignal } from './gpc-signal.entity.js';
import { recordDecision } from './ledger.js';

/** The purposes a Global Privacy Control signal objects to: the web profile and the ad partner's. */
const gpcPurposes = [
  'web-personalized-ads',
  'ads-partner-profiling',
  'ads-partner-selection',
  'ads-partner-measurement',
];

/**
 * `Sec-GPC: 1` on a signed-in request is an objection by automated means (GDPR Art. 21(5)). It
 * is recorded once per person, with the signal as actor, through the ledger's one write path
 * (so a withdrawal already in force is not written again); a later explicit choice of the
 * person stands, and the signal does not overrule it again. Called by the services that read
 * or change the caller's own choices, once the caller is known: nothing is written while the
 * request's context is being built.
 */
export async function honourGlobalPrivacyControl(manager: EntityManager, caller: Caller, now: Date): Promise<void> {
  if (caller.kind !== 'person' || !caller.globalPrivacyControl || caller.scope !== 'full' || caller.staffRole) return;
  if (await manager.existsBy(GpcSignal, { personId: caller.personId })) return;
  await manager.transaction(async (transaction) => {
    const first: unknown[] = await transaction.query(
      'INSERT INTO gpc_signal (person_id, first_seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING person_id',
      [caller.personId, now],
    );
    if (first.length === 0) return;
    for (const purpose of gpcPurposes) {
      await recordDecision(
        transaction,
        {
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
        },
        (current) => current?.decision === 'withdrawn',
      );
    }
  });
}
