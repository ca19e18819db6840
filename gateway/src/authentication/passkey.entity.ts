import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../identity/index.js';

/**
 * A WebAuthn credential of a person: only what verifies a signature (the public key) and what
 * detects a cloned authenticator (the signature counter). The private key never leaves the
 * person's authenticator.
 */
@Entity({ name: 'passkey' })
export class Passkey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** The authenticator's credential id, base64url as WebAuthn gives it: unique across all people. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  credentialId!: string;

  /** The COSE public key. */
  @Column({ type: 'bytea' })
  publicKey!: Buffer;

  /** The authenticator's signature counter; 0 for authenticators (synced passkeys) that keep none. */
  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  signCount!: number;

  /** How the browser may reach the authenticator again (usb, nfc, internal, hybrid, …): a hint for sign-in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports!: string[];

  /** Whether the passkey is synced between devices (multi-device) and backed up. */
  @Column({ type: 'boolean' })
  backedUp!: boolean;

  /** The person's own name for it, such as "Work laptop" ("Passkey 2" until they give one). */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
