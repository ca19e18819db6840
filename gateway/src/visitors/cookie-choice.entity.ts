import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import { Visitor } from './visitor.entity.js';

/** How the visitor answered: the first layer's two buttons, or the categories one by one. */
export const CookieChoiceMethod = { ACCEPT_ALL: 'accept-all', REFUSE_ALL: 'refuse-all', CUSTOM: 'custom' } as const;
export type CookieChoiceMethod = ValueOf<typeof CookieChoiceMethod>;

/**
 * One answer of a visitor to the banner, whole: the ledger holds only the categories that changed,
 * the office's statistics count answers (accept, refuse, custom per category and site, per day).
 */
@Entity({ name: 'cookie_choice' })
@Check('cookie_choice_method', oneOf('method', CookieChoiceMethod))
@Index('cookie_choice_by_time', ['chosenAt'])
export class CookieChoice {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @ManyToOne(() => Visitor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_id' })
  visitor?: Visitor;

  @Index('cookie_choice_by_visitor')
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  site!: string;

  @Column({ type: 'text' })
  method!: CookieChoiceMethod;

  @Column({ type: 'boolean' })
  preferences!: boolean;

  @Column({ type: 'boolean' })
  statistics!: boolean;

  @Column({ type: 'boolean' })
  marketing!: boolean;

  /** The browser sent Global Privacy Control: marketing was off whatever the answer. */
  @Column({ type: 'boolean' })
  globalPrivacyControl!: boolean;

  @Column({ type: 'timestamptz' })
  chosenAt!: Date;
}
