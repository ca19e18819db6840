import type { MarketingChannel } from '../purposes/index.js';
import { RegisterName } from './register-entry.entity.js';

/**
 * The outside registers suppress a marketing channel whatever the person chose: Do Not Call Me
 * the calls to a number, Robinson the post to an address. These fragments are the one statement
 * of that rule, for the campaign checks, the change mutations and the privacy page's read model.
 */
export function registerOf(channel: MarketingChannel): RegisterName | null {
  if (channel === 'phone') return RegisterName.DO_NOT_CALL_ME;
  if (channel === 'post') return RegisterName.ROBINSON;
  return null;
}

/** The channels a person's mobile number on Do Not Call Me suppresses. */
export const doNotCallMeChannels: readonly MarketingChannel[] = ['phone'];

/** SQL: whether the blind index `identifier` is on `register` (both SQL expressions or parameters). */
export function onRegister(register: string, identifier: string): string {
  return `EXISTS (SELECT 1 FROM register_entry entry WHERE entry.register = ${register} AND entry.identifier = ${identifier})`;
}

/** SQL: whether the mobile number of person `person` (a parameter) is on Do Not Call Me. */
export function personOnDoNotCallMe(person: string): string {
  return onRegister(`'${RegisterName.DO_NOT_CALL_ME}'`, `(SELECT mobile_index FROM person WHERE id = ${person})`);
}
