import type { DataSource, EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import { notifyLive } from '../common/live-notice.js';
import { decisionFor, PreferenceState, recordDecision } from '../preferences/index.js';
import { cookiePurposes, isSwitchable } from '../purposes/index.js';
import type { CookieConsentService } from './cookie-consent.service.js';
import type { CookieConsentView } from './cookie-consent.types.js';
import { visitorSubjectId } from './visitor-id.js';

const switchable = cookiePurposes.filter(isSwitchable);

/**
 * On sign-in a browser's cookie choices become the person's: the visitor is linked to them, and
 * where the person's browsers disagree the newest explicit choice (the visitor's own, not GPC's)
 * wins, written into this browser's chain as the person's choice, propagated like any change.
 */
export class VisitorLinkingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly consents: CookieConsentService,
  ) {}

  async link(caller: PersonCaller, visitorId: string, language: Language): Promise<CookieConsentView> {
    const subjectId = visitorSubjectId(visitorId);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const linked: unknown[] = await manager.query(
        'UPDATE visitor SET person_id = $2, linked_at = $3 WHERE subject_id = $1 RETURNING subject_id',
        [subjectId, caller.personId, now],
      );
      // A browser that never answered has nothing to link; the banner asks it as any visitor.
      if (linked.length === 0) return;
      // The person's privacy centre shows this browser's answers from now on: it reads again on commit.
      await notifyLive(manager, { kind: 'preferences', subjectId });
      const newest = await newestExplicitChoices(manager, caller.personId);
      const own = await manager.findBy(PreferenceState, { subjectId });
      for (const purpose of switchable) {
        const winner = newest.get(purpose.key);
        const current = own.find((row) => row.purpose === purpose.key);
        if (!winner || winner.subjectId === subjectId || current?.allowed === winner.allowed) continue;
        await recordDecision(manager, {
          subjectId,
          subjectKind: 'visitor',
          purpose: purpose.key,
          channel: null,
          decision: decisionFor(purpose, winner.allowed),
          textVersion: winner.textVersion,
          language,
          actorKind: 'subject',
          actorId: caller.personId,
          collectionChannel: 'web',
          occurredAt: now,
          idempotencyKey: null,
        });
      }
    });
    return this.consents.readSubject(subjectId, language);
  }

  /** The person's cookie choices: the newest explicit one per category among their linked browsers. */
  async ofPerson(caller: PersonCaller, language: Language): Promise<CookieConsentView | null> {
    const [newest] = (await this.dataSource.query(
      'SELECT subject_id FROM visitor WHERE person_id = $1 ORDER BY last_choice_at DESC LIMIT 1',
      [caller.personId],
    )) as { subject_id: string }[];
    if (!newest) return null;
    return this.consents.readSubject(newest.subject_id, language);
  }
}

/** Per cookie category, the projection row of the person's browser that chose it last, by the visitor's own hand. */
async function newestExplicitChoices(manager: EntityManager, personId: string): Promise<Map<string, PreferenceState>> {
  const rows: PreferenceState[] = await manager
    .getRepository(PreferenceState)
    .createQueryBuilder('state')
    .innerJoin('visitor', 'visitor', 'visitor.subject_id = state.subject_id')
    .where('visitor.person_id = :personId', { personId })
    .andWhere("state.actor_kind = 'subject'")
    .orderBy('state.decided_at', 'DESC')
    .getMany();
  const newest = new Map<string, PreferenceState>();
  for (const row of rows) if (!newest.has(row.purpose)) newest.set(row.purpose, row);
  return newest;
}
