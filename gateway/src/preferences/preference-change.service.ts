import type { DataSource, EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import { onceForKey } from '../database/idempotency.js';
import { preparedQuery } from '../database/pool-query.js';
import type { Subject } from '../identity/index.js';
import {
  findPurpose,
  isSwitchable,
  latestTextVersion,
  type PurposeDefinition,
  purposeKeys,
  textVersion,
} from '../purposes/index.js';
import { doNotCallMeChannels, personOnDoNotCallMe } from '../registers/index.js';
import { actingOn } from './acting.js';
import { effectiveState } from './effective-state.js';
import { honourGlobalPrivacyControl } from './gpc.service.js';
import { recordDecision } from './ledger.js';
import {
  channelNotAllowed,
  collectionChannelNotAllowed,
  notSwitchable,
  unknownPurpose,
  unknownTextVersion,
  wrongScope,
  wrongVerb,
} from './preference.errors.js';
import type { PurposeStateView } from './preference.types.js';
import type { CollectionChannel, Decision } from './preference-event.entity.js';
import { purposesOf } from './preference-reading.service.js';
import { purposeStateView } from './preference-views.js';

export interface ChangeRequest {
  /** The mutation, part of the idempotency fingerprint. */
  operation: string;
  purpose: string;
  channel?: string | null;
  /** true: the processing may happen (consent granted, objection withdrawn). */
  allowed: boolean;
  subjectId?: string | null;
  textVersion?: number | null;
  language?: Language | null;
  collectionChannel?: CollectionChannel | null;
  idempotencyKey?: string | null;
  /** The legal basis the mutation is for, with the mutation to use otherwise. */
  requiredBasis?: { basis: PurposeDefinition['legalBasis']; otherwise: string };
}

/**
 * Every change of a choice: validate, authorize, then in one transaction the idempotency check,
 * the ledger event (hash-chained) and the projection. A change to the state already in force,
 * by the same kind of actor on the same text, writes nothing.
 */
export class PreferenceChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  change(caller: PersonCaller, request: ChangeRequest): Promise<PurposeStateView> {
    return this.dataSource.transaction((manager) => this.changeWithin(manager, caller, request));
  }

  /** The change inside the caller's transaction, for operations that write more in the same commit. */
  async changeWithin(manager: EntityManager, caller: PersonCaller, request: ChangeRequest): Promise<PurposeStateView> {
    const purpose = validPurpose(request);
    const version = request.textVersion ?? latestTextVersion(purpose.key).version;
    if (!textVersion(purpose.key, version))
      throw unknownTextVersion(purpose.key, latestTextVersion(purpose.key).version);
    const now = this.clock.now();
    const { subject, acting } = await actingOn(manager, caller, request.subjectId);
    assertScope(purpose, subject);
    const collectionChannel = request.collectionChannel ?? acting.collectionChannels[0];
    if (!collectionChannel || !acting.collectionChannels.includes(collectionChannel)) {
      throw collectionChannelNotAllowed(acting.collectionChannels);
    }
    const language = request.language ?? caller.language;
    const { idempotencyKey, ...input } = request;
    return onceForKey(
      manager,
      { scope: acting.actorId, key: idempotencyKey, fingerprint: { ...input, subjectId: subject.id } },
      now,
      async () => {
        await honourGlobalPrivacyControl(manager, caller, now);
        const { states } = await recordDecision(manager, {
          subjectId: subject.id,
          subjectKind: subject.kind,
          purpose: purpose.key,
          channel: request.channel ?? null,
          decision: decisionFor(purpose, request.allowed),
          textVersion: version,
          language,
          actorKind: acting.actorKind,
          actorId: acting.actorId,
          collectionChannel,
          occurredAt: now,
          idempotencyKey: idempotencyKey ?? null,
        });
        const registered = await registeredChannels(manager, subject, purpose);
        return purposeStateView(effectiveState(purpose, states, registered), subject.id, language);
      },
    );
  }
}

/** The channels an outside register suppresses for a person's direct marketing (their mobile on Do Not Call Me). */
async function registeredChannels(
  manager: EntityManager,
  subject: Subject,
  purpose: PurposeDefinition,
): Promise<string[]> {
  if (purpose.key !== 'direct-marketing' || subject.kind !== 'person') return [];
  const [row] = await preparedQuery<{ listed: boolean }>(
    manager,
    'person-on-do-not-call-me',
    `SELECT ${personOnDoNotCallMe('$1')} AS listed`,
    [subject.id],
  );
  return row?.listed ? [...doNotCallMeChannels] : [];
}

/**
 * The office upholds a motivated objection: the processing stops for the person (their own
 * choice, or each of their lines the purpose applies to), recorded with the office as actor,
 * in the caller's transaction, and propagated like any change. Returns the subjects changed.
 */
export async function stopProcessingByOfficeDecision(
  manager: EntityManager,
  request: { personId: string; purposeKey: string; officeId: string; collectionChannel: CollectionChannel; at: Date },
): Promise<string[]> {
  const purpose = findPurpose(request.purposeKey);
  if (!purpose) throw unknownPurpose(request.purposeKey, purposeKeys);
  if (!isSwitchable(purpose)) throw notSwitchable(purpose.key, purpose.legalBasis);
  const subjects: { id: string; kind: 'person' | 'subscription' }[] =
    purpose.scope === 'person'
      ? [{ id: request.personId, kind: 'person' }]
      : (
          await manager.query('SELECT id FROM subscription WHERE assigned_person_id = $1 AND kind = ANY($2::text[])', [
            request.personId,
            purpose.subscriptionKinds,
          ])
        ).map((row: { id: string }) => ({ id: row.id, kind: 'subscription' as const }));
  for (const subject of subjects) {
    // The office's decision is recorded even where the processing already stopped: it is the proof of the ruling.
    await recordDecision(
      manager,
      {
        subjectId: subject.id,
        subjectKind: subject.kind,
        purpose: purpose.key,
        channel: null,
        decision: decisionFor(purpose, false),
        textVersion: null,
        language: null,
        actorKind: 'office',
        actorId: request.officeId,
        collectionChannel: request.collectionChannel,
        occurredAt: request.at,
        idempotencyKey: null,
      },
      () => false,
    );
  }
  return subjects.map((subject) => subject.id);
}

export function decisionFor(purpose: PurposeDefinition, allowed: boolean): Decision {
  if (purpose.legalBasis === 'consent') return allowed ? 'granted' : 'withdrawn';
  return allowed ? 'objection-withdrawn' : 'objected';
}

function validPurpose(request: ChangeRequest): PurposeDefinition {
  const purpose = findPurpose(request.purpose);
  if (!purpose) throw unknownPurpose(request.purpose, purposeKeys);
  if (!isSwitchable(purpose)) throw notSwitchable(purpose.key, purpose.legalBasis);
  if (request.requiredBasis && purpose.legalBasis !== request.requiredBasis.basis) {
    throw wrongVerb(purpose.key, request.requiredBasis.otherwise);
  }
  if (request.channel && !purpose.channels.includes(request.channel as never)) {
    throw channelNotAllowed(purpose.key, purpose.channels);
  }
  return purpose;
}

function assertScope(purpose: PurposeDefinition, subject: Subject): void {
  if (purposesOf(subject).includes(purpose)) return;
  const expected = purpose.scope === 'person' ? 'person' : `${purpose.subscriptionKinds.join(' or ')} subscription`;
  throw wrongScope(purpose.key, expected);
}
