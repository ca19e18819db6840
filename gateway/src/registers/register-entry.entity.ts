import { Check, Entity, PrimaryColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';

export const RegisterName = { DO_NOT_CALL_ME: 'do-not-call-me', ROBINSON: 'robinson' } as const;
export type RegisterName = ValueOf<typeof RegisterName>;

/**
 * One number on the "Do Not Call Me" register (telephone marketing, all companies) or one postal
 * address on the Robinson list: suppressed from that channel whatever the person's preference.
 */
@Entity({ name: 'register_entry' })
@Check('register_entry_register', oneOf('register', RegisterName))
export class RegisterEntry {
  @PrimaryColumn({ type: 'text' })
  register!: RegisterName;

  /**
   * Blind index of the E.164 number (Do Not Call Me) or the normalized postal address (Robinson):
   * matching needs equality only, and the register's numbers are people's numbers.
   */
  @PrimaryColumn({ type: 'text' })
  identifier!: string;
}
