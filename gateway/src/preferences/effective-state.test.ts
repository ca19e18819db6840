import { describe, expect, it } from 'vitest';
import { findPurpose, type PurposeDefinition } from '../purposes/purpose-catalogue.js';
import { effectiveState } from './effective-state.js';
import type { PreferenceState } from './preference-state.entity.js';

const marketing = findPurpose('direct-marketing') as PurposeDefinition;
const at = new Date('2026-11-22T10:00:00Z');

function row(channel: string, allowed: boolean, actorKind: PreferenceState['actorKind'] = 'subject'): PreferenceState {
  return {
    subjectId: 's',
    purpose: 'direct-marketing',
    channel,
    subjectKind: 'person',
    allowed,
    decision: allowed ? 'objection-withdrawn' : 'objected',
    actorKind,
    textVersion: 1,
    lastEventId: 'e',
    decidedAt: at,
  };
}

describe('the effective state of direct marketing', () => {
  it.each([
    ['nobody chose', [], true, { sms: [true, 'default'] }],
    ['an objection on sms', [row('sms', false)], true, { sms: [false, 'own-choice'], email: [true, 'default'] }],
    ['an objection to all, by an agent', [row('', false, 'agent')], false, { sms: [false, 'agent-recorded'] }],
    [
      'an objection to all over a channel allowed',
      [row('', false), row('email', true)],
      false,
      { email: [false, 'own-choice'] },
    ],
  ] as [string, PreferenceState[], boolean, Record<string, [boolean, string]>][])(
    'follows %s',
    (_name, rows, allowed, channels) => {
      const state = effectiveState(marketing, rows);
      expect(state.allowed).toBe(allowed);
      for (const [channel, [channelAllowed, reason]] of Object.entries(channels)) {
        expect(state.channels.find((c) => c.channel === channel)).toMatchObject({ allowed: channelAllowed, reason });
      }
    },
  );
});
