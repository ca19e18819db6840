import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import { Person } from '../identity/index.js';

export const ChallengePurpose = { SIGN_IN: 'sign-in', MOBILE_NUMBER_CHANGE: 'mobile-number-change' } as const;
export type ChallengePurpose = ValueOf<typeof ChallengePurpose>;

/** One code sent by SMS: single use, bound to this row, stored only as a keyed hash. */
@Entity({ name: 'sms_challenge' })
@Check('sms_challenge_purpose', oneOf('purpose', ChallengePurpose))
@Index('sms_challenge_by_number_and_time', ['phoneIndex', 'createdAt'])
export class SmsChallenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Indexed: erasure and access find a person's codes by it. */
  @Index('sms_challenge_by_person')
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text' })
  purpose!: ChallengePurpose;

  /** Blind index of the number the code went to: the limit of SMS per number counts by it. */
  @Column({ type: 'text' })
  phoneIndex!: string;

  /** The number the code went to (for a number change, the new number being proven), sealed with the person's key. */
  @Column({ type: 'bytea' })
  phoneNumber!: Buffer;

  @Column({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'integer', default: 0 })
  wrongAttempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
