import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The data key of one data subject (a person, a non-customer contact, a campaign check), wrapped
 * by the key-encryption key that never enters the database. Deleting the row is the erasure of
 * every copy of what the key sealed: in the tables, the write-ahead log and the backups.
 */
@Entity({ name: 'data_key' })
export class DataKey {
  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  /** AES-256-GCM of the key under the key-encryption key, bound to the subject id. */
  @Column({ type: 'bytea' })
  wrappedKey!: Buffer;

  /** Which key-encryption key wrapped it (a fingerprint), so a rotation knows what is left to rewrap. */
  @Column({ type: 'text' })
  keyEncryptionKeyId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
