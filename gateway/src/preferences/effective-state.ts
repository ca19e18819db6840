import { assertNever } from '../common/assert-never.js';
import type { ValueOf } from '../common/domain-list.js';
import { allowedByDefault, isSwitchable, type PurposeDefinition } from '../purposes/index.js';
import type { ActorKind } from './preference-event.entity.js';
import type { PreferenceState } from './preference-state.entity.js';

/** Why a purpose is in its current state, as the person is shown it. */
export const StateReason = {
  DEFAULT: 'default',
  OWN_CHOICE: 'own-choice',
  ADMINISTRATOR_CHOICE: 'administrator-choice',
  AGENT_RECORDED: 'agent-recorded',
  GPC_SIGNAL: 'gpc-signal',
  OUTSIDE_REGISTER: 'outside-register',
  OFFICE_DECISION: 'office-decision',
  NOT_SWITCHABLE: 'not-switchable',
} as const;
export type StateReason = ValueOf<typeof StateReason>;

export interface ChannelEffectiveState {
  channel: string;
  allowed: boolean;
  reason: StateReason;
  decidedAt: Date | null;
  /** The ledger event of this channel's own decision, if it has one. */
  lastEventId: string | null;
}

export interface EffectiveState {
  purpose: PurposeDefinition;
  allowed: boolean;
  reason: StateReason;
  decidedAt: Date | null;
  /** The text version of the decision in force; null for a default. */
  textVersion: number | null;
  lastEventId: string | null;
  channels: ChannelEffectiveState[];
}

export function reasonOf(actorKind: ActorKind): StateReason {
  switch (actorKind) {
    case 'subject':
      return 'own-choice';
    case 'administrator':
      return 'administrator-choice';
    case 'agent':
      return 'agent-recorded';
    case 'gpc':
      return 'gpc-signal';
    case 'register':
      return 'outside-register';
    case 'office':
      return 'office-decision';
    default:
      return assertNever(actorKind);
  }
}

/**
 * The state of one purpose for one subject, from its projection rows (none means the legal
 * basis's default). A channel is allowed only when the purpose as a whole is too.
 */
export function effectiveState(
  purpose: PurposeDefinition,
  rows: readonly PreferenceState[],
  /** Channels an outside register suppresses for this subject (Do Not Call Me: `phone`). */
  registeredChannels: readonly string[] = [],
): EffectiveState {
  if (!isSwitchable(purpose)) {
    return {
      purpose,
      allowed: true,
      reason: 'not-switchable',
      decidedAt: null,
      textVersion: null,
      lastEventId: null,
      channels: [],
    };
  }
  const whole = rows.find((row) => row.channel === '');
  const allowed = whole ? whole.allowed : allowedByDefault(purpose);
  const reason = whole ? reasonOf(whole.actorKind) : 'default';
  const channels = purpose.channels.map((channel) => {
    const row = rows.find((candidate) => candidate.channel === channel);
    const channelAllowed = row ? row.allowed : true;
    const registered = registeredChannels.includes(channel);
    return {
      channel,
      allowed: allowed && channelAllowed && !registered,
      reason: registered ? ('outside-register' as const) : !allowed || !row ? reason : reasonOf(row.actorKind),
      decidedAt: row?.decidedAt ?? whole?.decidedAt ?? null,
      lastEventId: row?.lastEventId ?? null,
    };
  });
  return {
    purpose,
    allowed,
    reason,
    decidedAt: whole?.decidedAt ?? null,
    textVersion: whole?.textVersion ?? null,
    lastEventId: whole?.lastEventId ?? null,
    channels,
  };
}
