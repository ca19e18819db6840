import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SessionScope } from '../common/caller.js';
import { oneOf } from '../common/domain-list.js';
import { Person } from '../identity/index.js';

/** A bearer session; the token itself is never stored, only its SHA-256. */
@Entity({ name: 'session' })
@Check('session_scope', oneOf('scope', SessionScope))
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** The sign-in this session descends from through refreshes: signing out ends the whole family. */
  @Index()
  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'text' })
  scope!: SessionScope;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** The absolute end, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
