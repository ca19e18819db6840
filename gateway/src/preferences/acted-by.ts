import { registerEnumType } from 'type-graphql';
import { assertNever } from '../common/assert-never.js';
import type { ValueOf } from '../common/domain-list.js';
import type { PreferenceEvent } from './preference-event.entity.js';

/**
 * Who made a change, as the person reading the history should be told it. The ledger's actor
 * kind alone says "the subject" or "the administrator"; whether that was the reader depends on
 * who reads: after Tracy became administrator, Philip's earlier choice on his own line is his
 * (the line's user), not hers.
 */
export const ActedBy = {
  YOU: 'you',
  THE_PERSON: 'the-person',
  ADMINISTRATOR: 'administrator',
  CUSTOMER_SERVICE: 'customer-service',
  DATA_PROTECTION_OFFICE: 'data-protection-office',
  REGISTER: 'register',
  BROWSER_SIGNAL: 'browser-signal',
} as const;
export type ActedBy = ValueOf<typeof ActedBy>;

registerEnumType(ActedBy, {
  name: 'ActedBy',
  description:
    'Who made a change, seen from the caller: YOU, THE_PERSON (the subject themself, for a line its user), the ADMINISTRATOR of the account at the time, CUSTOMER_SERVICE, the DATA_PROTECTION_OFFICE, a REGISTER import, or the BROWSER_SIGNAL (Global Privacy Control).',
  valuesConfig: {
    YOU: { description: 'The caller made the change themself (in whatever role).' },
    THE_PERSON: { description: 'Another person: the one the choice is about, or the user of the line.' },
    ADMINISTRATOR: { description: "Another person, acting as the account's administrator at the time." },
    CUSTOMER_SERVICE: { description: 'A customer-service agent, on the phone.' },
    DATA_PROTECTION_OFFICE: { description: 'The data protection office, upholding an objection.' },
    REGISTER: { description: 'An import of the Do Not Call Me or Robinson register.' },
    BROWSER_SIGNAL: { description: "The browser's Global Privacy Control signal, recorded automatically." },
  },
});

/** The actor of `event` from the point of view of the person `readerId`. */
export function actedBy(event: Pick<PreferenceEvent, 'actorKind' | 'actorId'>, readerId: string): ActedBy {
  switch (event.actorKind) {
    case 'subject':
      return event.actorId === readerId ? ActedBy.YOU : ActedBy.THE_PERSON;
    case 'administrator':
      return event.actorId === readerId ? ActedBy.YOU : ActedBy.ADMINISTRATOR;
    case 'agent':
      return event.actorId === readerId ? ActedBy.YOU : ActedBy.CUSTOMER_SERVICE;
    case 'office':
      return ActedBy.DATA_PROTECTION_OFFICE;
    case 'register':
      return ActedBy.REGISTER;
    case 'gpc':
      return ActedBy.BROWSER_SIGNAL;
    default:
      return assertNever(event.actorKind);
  }
}
