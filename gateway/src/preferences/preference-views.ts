import type { Language } from '../common/language.js';
import { derivedId } from '../common/object-id.js';
import { channelLabel, purposeView } from '../purposes/index.js';
import { actedBy } from './acted-by.js';
import type { EffectiveState } from './effective-state.js';
import { allowedAfter } from './ledger.js';
import { PreferenceEventView, PurposeStateView } from './preference.types.js';
import type { PreferenceEvent } from './preference-event.entity.js';

export function purposeStateView(state: EffectiveState, subjectId: string, language: Language): PurposeStateView {
  return Object.assign(new PurposeStateView(), {
    id: derivedId('PurposeState', subjectId, state.purpose.key),
    purpose: purposeView(state.purpose, language),
    subjectId,
    allowed: state.allowed,
    reason: state.reason,
    decidedAt: state.decidedAt,
    decidedOnTextVersion: state.textVersion,
    lastEventId: state.lastEventId,
    channels: state.channels.map((channel) => ({
      ...channel,
      id: derivedId('ChannelState', subjectId, state.purpose.key, channel.channel),
      label: channelLabel(channel.channel, language),
      reason: channel.reason,
    })),
  });
}

/** One event of the history, told to the person `readerId` (who acted is relative to them). */
export function preferenceEventView(event: PreferenceEvent, readerId: string): PreferenceEventView {
  return Object.assign(new PreferenceEventView(), {
    id: event.eventId,
    subjectId: event.subjectId,
    subjectKind: event.subjectKind,
    sequence: event.sequence,
    purpose: event.purpose,
    channel: event.channel,
    decision: event.decision,
    allowed: allowedAfter(event.decision),
    textVersion: event.textVersion,
    language: event.language,
    actorKind: event.actorKind,
    actorId: event.actorId,
    actedBy: actedBy(event, readerId),
    collectionChannel: event.collectionChannel,
    occurredAt: event.occurredAt,
    hash: event.hash,
  });
}
