import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The person's answer to the office's question on a request (decision 20): their text and, if
 * asked, a copy of an identity document. Everything that can name the person is sealed with
 * their data key; the row goes with their erasure, the key with it (crypto-shredding).
 */
@Entity({ name: 'information_reply' })
export class InformationReply {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  requestId!: string;

  @Index()
  @Column({ type: 'uuid' })
  subjectId!: string;

  /** What the person wrote, sealed. */
  @Column({ type: 'bytea' })
  text!: Buffer;

  /** The file's name as the person's device gave it, sealed (it may hold their name); null without a file. */
  @Column({ type: 'bytea', nullable: true })
  fileName!: Buffer | null;

  /** The file's bytes, sealed with the reply's id as associated data; null without a file. */
  @Column({ type: 'bytea', nullable: true })
  file!: Buffer | null;

  /** `image/jpeg`, `image/png` or `application/pdf`, as checked from the file's first bytes. */
  @Column({ type: 'text', nullable: true })
  mediaType!: string | null;

  @Column({ type: 'integer', nullable: true })
  fileSize!: number | null;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
