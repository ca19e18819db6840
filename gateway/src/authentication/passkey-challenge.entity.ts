import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import { Person } from '../identity/index.js';

export const PasskeyCeremony = { REGISTRATION: 'registration', SIGN_IN: 'sign-in' } as const;
export type PasskeyCeremony = ValueOf<typeof PasskeyCeremony>;

/**
 * One WebAuthn challenge: answered once (consumed at the first answer, right or wrong), within
 * minutes, and stored only as its SHA-256 so that a copy of the table answers nothing.
 * A registration challenge is bound to the session that asked for it; a sign-in challenge to no one
 * (the passkey names its person).
 */
@Entity({ name: 'passkey_challenge' })
@Check('passkey_challenge_ceremony', oneOf('ceremony', PasskeyCeremony))
@Index('passkey_challenge_by_time', ['createdAt'])
export class PasskeyChallenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  ceremony!: PasskeyCeremony;

  @Column({ type: 'text' })
  challengeHash!: string;

  /** For a registration: the session that asked for it (and so its person). Not a foreign key: sessions are swept. */
  @Column({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  /** Indexed: erasure and access find a person's challenges by it. */
  @Index('passkey_challenge_by_person')
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
