import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole } from '../common/caller.js';

export const languages = ['nl', 'fr', 'de', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * A person who signs in: a customer (through account memberships) or staff. Personal data lives
 * here, in a deletable row; ledgers refer to the id only.
 */
@Entity({ name: 'person' })
@Check('person_language', `"language" IN ('nl', 'fr', 'de', 'en')`)
@Check('person_staff_role', `"staff_role" IN ('data-protection-officer', 'customer-service-agent')`)
@Check('person_email_normalized', `"email" = lower("email")`)
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  /** E.164 Belgian mobile number that receives sign-in codes; missing until the person sets one. */
  @Index()
  @Column({ type: 'text', nullable: true })
  mobileNumber!: string | null;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text', default: 'nl' })
  language!: Language;

  @Column({ type: 'text', nullable: true })
  staffRole!: StaffRole | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
