import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Consecutive failures per e-mail address, whether or not an account has that address, so the
 * lock itself cannot reveal which addresses exist. Only a completed sign-in resets the count.
 */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottle {
  /** SHA-256 of the normalized e-mail address. */
  @PrimaryColumn({ type: 'text' })
  emailKey!: string;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
