import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import type { Language } from '../common/language.js';
import { derivedId } from '../common/object-id.js';
import { onceForKey } from '../database/idempotency.js';
import {
  canonicalEvent,
  decisionFor,
  effectiveState,
  PreferenceEvent,
  PreferenceState,
  purposeStateView,
  type ReceiptService,
  recordDecision,
} from '../preferences/index.js';
import { cookiePurposes, isSwitchable, latestTextVersion, textVersion } from '../purposes/index.js';
import type { CookieCategoryChoiceInput, CookieConsentInput } from './cookie-consent.inputs.js';
import { CookieConsentView } from './cookie-consent.types.js';
import { type CookieConsentDayView, cookieConsentStatistics } from './cookie-statistics.js';
import { Visitor } from './visitor.entity.js';
import { validSite, visitorSubjectId } from './visitor-id.js';
import type { VisitorLimits } from './visitor-limits.js';
import {
  choiceTwice,
  methodMismatch,
  missingChoice,
  notACookiePurpose,
  unknownTextVersion,
} from './visitors.errors.js';

const switchable = cookiePurposes.filter(isSwitchable);
const switchableKeys = switchable.map((purpose) => purpose.key);
/** What Global Privacy Control switches off on the banner, as it does the ad purposes of a person (GDPR Art. 21(5)). */
const offUnderGpc = 'cookie-marketing';

/**
 * Visitors as data subjects: a browser on an operator site answers the cookie banner without
 * signing in. Each answer is validated whole, then in one transaction: the idempotency check,
 * the visitor row (locked, so one visitor's concurrent answers take turns), one ledger event per
 * category that changed (actor: the subject, no id; channel web; the text version, language and
 * site), propagated like any change through the outbox, and the answer for the office's statistics.
 */
export class CookieConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig['visitors'],
    private readonly limits: VisitorLimits,
    private readonly receipts: ReceiptService,
  ) {}

  async answer(
    input: CookieConsentInput,
    request: { clientAddress: string; globalPrivacyControl: boolean },
  ): Promise<CookieConsentView> {
    const subjectId = visitorSubjectId(input.visitorId);
    const site = validSite(input.site);
    validChoices(input);
    await this.limits.consume(request.clientAddress);
    const gpc = input.globalPrivacyControl || request.globalPrivacyControl;
    const now = this.clock.now();
    const { idempotencyKey, visitorId: _secret, ...fingerprint } = input;
    return this.dataSource.transaction((manager) =>
      onceForKey(
        manager,
        { scope: `visitor:${subjectId}`, key: idempotencyKey, fingerprint: { ...fingerprint, site, gpc } },
        now,
        async () => {
          await manager.query(
            `INSERT INTO visitor (subject_id, first_choice_at, last_choice_at) VALUES ($1, $2, $2)
             ON CONFLICT (subject_id) DO UPDATE SET last_choice_at = EXCLUDED.last_choice_at`,
            [subjectId, now],
          );
          const allowed: Record<string, boolean> = {};
          for (const choice of input.choices) {
            const gpcRefuses = gpc && choice.purpose === offUnderGpc;
            allowed[choice.purpose] = choice.allowed && !gpcRefuses;
            const purpose = switchable.find((candidate) => candidate.key === choice.purpose);
            if (!purpose) continue;
            await recordDecision(manager, {
              subjectId,
              subjectKind: 'visitor',
              purpose: purpose.key,
              channel: null,
              decision: decisionFor(purpose, allowed[choice.purpose] ?? false),
              textVersion: gpcRefuses ? null : choice.textVersion,
              language: gpcRefuses ? null : input.language,
              actorKind: gpcRefuses ? 'gpc' : 'subject',
              actorId: null,
              collectionChannel: 'web',
              occurredAt: now,
              idempotencyKey: idempotencyKey ?? null,
              site,
            });
          }
          await manager.query(
            `INSERT INTO cookie_choice (subject_id, site, method, preferences, statistics, marketing,
               global_privacy_control, chosen_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              subjectId,
              site,
              input.method,
              allowed['cookie-preferences'],
              allowed['cookie-statistics'],
              allowed['cookie-marketing'],
              gpc,
              now,
            ],
          );
          return this.stateOf(manager, subjectId, input.language);
        },
      ),
    );
  }

  /** The visitor's choices; a visitor who never answered gets the defaults (everything but the necessary off). */
  read(visitorId: string, language: Language): Promise<CookieConsentView> {
    return this.readSubject(visitorSubjectId(visitorId), language);
  }

  /** The same, by the visitor's subject id, for a caller who already proved which visitor it is. */
  readSubject(subjectId: string, language: Language): Promise<CookieConsentView> {
    return this.stateOf(this.dataSource.manager, subjectId, language);
  }

  statistics(range: { from: Date; to: Date; site: string | null }): Promise<CookieConsentDayView[]> {
    return cookieConsentStatistics(this.dataSource, range);
  }

  /**
   * The office's proof of one visitor's answers, by the id in its cookie (the visitor gives it, or
   * its device shows it): every ledger event of its chain and every answer, oldest first.
   */
  async proof(visitorId: string): Promise<Record<string, unknown>> {
    const subjectId = visitorSubjectId(visitorId);
    const [events, answers, visitors] = await Promise.all([
      this.dataSource.manager.find(PreferenceEvent, { where: { subjectId }, order: { sequence: 'ASC' } }),
      this.dataSource.query(
        `SELECT site, method, preferences, statistics, marketing, global_privacy_control AS "globalPrivacyControl",
           chosen_at AS "chosenAt" FROM cookie_choice WHERE subject_id = $1 ORDER BY id`,
        [subjectId],
      ),
      this.dataSource.manager.findBy(Visitor, { subjectId }),
    ]);
    return {
      subjectId,
      linkedToPerson: visitors[0]?.personId ?? null,
      events: events.map((event) => ({ ...JSON.parse(canonicalEvent(event)), hash: event.hash })),
      answers,
      verify: 'verifyLedger(subjectId) recomputes the chain; cookieConsentReceipt gives each event its receipt',
    };
  }

  receipt(visitorId: string, eventId: string): Promise<Record<string, unknown>> {
    return this.receipts.receiptOfSubject(visitorSubjectId(visitorId), eventId);
  }

  private async stateOf(manager: EntityManager, subjectId: string, language: Language): Promise<CookieConsentView> {
    const [visitor, rows] = await Promise.all([
      manager.findOneBy(Visitor, { subjectId }),
      manager.findBy(PreferenceState, { subjectId }),
    ]);
    const categories = cookiePurposes.map((purpose) =>
      purposeStateView(
        effectiveState(
          purpose,
          rows.filter((row) => row.purpose === purpose.key),
        ),
        subjectId,
        language,
      ),
    );
    const answeredAt = visitor ? new Date(visitor.lastChoiceAt) : null;
    const validUntil = answeredAt ? addMonths(answeredAt, this.config.consentValidityMonths) : null;
    // A category refused by GPC was shown no text: it needs no new answer for a new text.
    const outdated = categories.some(
      (state) =>
        state.reason === 'own-choice' &&
        state.decidedOnTextVersion !== latestTextVersion(state.purpose.key as never).version,
    );
    const needsAnswer = !validUntil || validUntil <= this.clock.now() || outdated;
    return Object.assign(new CookieConsentView(), {
      id: derivedId('CookieConsent', subjectId),
      subjectId,
      categories,
      answeredAt,
      validUntil,
      needsAnswer,
    });
  }
}

function addMonths(from: Date, months: number): Date {
  const date = new Date(from);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
}

/** Every switchable category once, on a published text, and the answer agrees with the button that gave it. */
function validChoices(input: CookieConsentInput): void {
  const seen = new Set<string>();
  for (const choice of input.choices) {
    const purpose = switchable.find((candidate) => candidate.key === choice.purpose);
    if (!purpose) throw notACookiePurpose(choice.purpose, switchableKeys);
    if (seen.has(purpose.key)) throw choiceTwice(purpose.key);
    seen.add(purpose.key);
    if (!textVersion(purpose.key, choice.textVersion)) {
      throw unknownTextVersion(purpose.key, latestTextVersion(purpose.key).version);
    }
  }
  const missing = switchableKeys.find((key) => !seen.has(key));
  if (missing) throw missingChoice(missing);
  const all = (value: boolean) => input.choices.every((choice: CookieCategoryChoiceInput) => choice.allowed === value);
  if ((input.method === 'accept-all' && !all(true)) || (input.method === 'refuse-all' && !all(false))) {
    throw methodMismatch(input.method);
  }
}
