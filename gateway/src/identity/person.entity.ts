import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StaffRole } from '../common/caller.js';
import { oneOf } from '../common/domain-list.js';
import { Language } from '../common/language.js';

/**
 * A person who signs in: a customer (through account memberships) or staff. Personal data lives
 * here, in a deletable row, sealed with the person's data key (decision 13); ledgers refer to the
 * id only. Read and write the sealed profile through `people.ts`.
 */
@Entity({ name: 'person' })
@Check('person_language', oneOf('language', Language))
@Check('person_staff_role', oneOf('staff_role', StaffRole))
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Blind index of the lowercase e-mail address: sign-in finds the person by it. */
  @Column({ type: 'text', unique: true })
  emailIndex!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  /** Blind index of the E.164 mobile number that receives sign-in codes; missing until the person sets one. */
  @Index()
  @Column({ type: 'text', nullable: true })
  mobileIndex!: string | null;

  /** E-mail address, first and last name, mobile number: JSON sealed with the person's data key. */
  @Column({ type: 'bytea' })
  profile!: Buffer;

  @Column({ type: 'text', default: 'nl' })
  language!: Language;

  @Column({ type: 'text', nullable: true })
  staffRole!: StaffRole | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
