import { derivedId } from '../common/object-id.js';
import type { Language } from '../identity/person.entity.js';
import { channelLabel, purposeView } from '../purposes/purpose-views.js';
import type { EffectiveState } from './effective-state.js';
import { allowedAfter } from './ledger.js';
import {
  type ActorKindValue,
  type CollectionChannelValue,
  type DecisionValue,
  PreferenceEventView,
  PurposeStateView,
  type StateReasonValue,
  type SubjectKindValue,
} from './preference.types.js';
import type { PreferenceEvent } from './preference-event.entity.js';

// The GraphQL enums carry the same strings as the ledger; the casts only cross that naming.

export function purposeStateView(state: EffectiveState, subjectId: string, language: Language): PurposeStateView {
  return Object.assign(new PurposeStateView(), {
    id: derivedId('PurposeState', subjectId, state.purpose.key),
    purpose: purposeView(state.purpose, language),
    subjectId,
    allowed: state.allowed,
    reason: state.reason as StateReasonValue,
    decidedAt: state.decidedAt,
    decidedOnTextVersion: state.textVersion,
    lastEventId: state.lastEventId,
    channels: state.channels.map((channel) => ({
      ...channel,
      id: derivedId('ChannelState', subjectId, state.purpose.key, channel.channel),
      label: channelLabel(channel.channel, language),
      reason: channel.reason as StateReasonValue,
    })),
  });
}

export function preferenceEventView(event: PreferenceEvent): PreferenceEventView {
  return Object.assign(new PreferenceEventView(), {
    id: event.eventId,
    subjectId: event.subjectId,
    subjectKind: event.subjectKind as SubjectKindValue,
    sequence: event.sequence,
    purpose: event.purpose,
    channel: event.channel,
    decision: event.decision as DecisionValue,
    allowed: allowedAfter(event.decision),
    textVersion: event.textVersion,
    language: event.language,
    actorKind: event.actorKind as ActorKindValue,
    actorId: event.actorId,
    collectionChannel: event.collectionChannel as CollectionChannelValue,
    occurredAt: event.occurredAt,
    hash: event.hash,
  });
}
