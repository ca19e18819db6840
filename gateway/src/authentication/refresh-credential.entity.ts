import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../identity/index.js';

/**
 * One refresh credential of a session family (the sessions opened by one sign-in and its
 * refreshes). Only its SHA-256 is stored. A used one is kept, marked replaced, so that its
 * reuse is recognised as theft (decision 22).
 */
@Entity({ name: 'refresh_credential' })
export class RefreshCredential {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  credentialHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  familyId!: string;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  /** The family's absolute end (the sign-in's, never extended by a refresh). */
  @Column({ type: 'timestamptz' })
  familyExpiresAt!: Date;

  /** When it was exchanged for the next one; presenting it again after that is reuse. */
  @Column({ type: 'timestamptz', nullable: true })
  replacedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
