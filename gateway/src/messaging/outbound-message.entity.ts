import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';

export const MessageChannel = { SMS: 'sms', EMAIL: 'email' } as const;
export type MessageChannel = ValueOf<typeof MessageChannel>;

/**
 * A message kept instead of sent, outside production (CONTRACT.md: `GET /dev/outbox`). It lives
 * in the database so that every gateway instance shows the same outbox. The address is sealed with
 * the recipient's data key, subject and body with the key of the person the message is about (an
 * access owner's e-mail names the person asking): erasing either person shreds their part.
 */
@Entity({ name: 'outbound_message' })
@Check('outbound_message_channel', oneOf('channel', MessageChannel))
export class OutboundMessage {
  /** Insertion order, so "newest first" holds even when the clock stands still (tests). */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  channel!: MessageChannel;

  @Column({ type: 'text' })
  sender!: string;

  @Index()
  @Column({ type: 'uuid' })
  recipientId!: string;

  /** The person the message is about; the recipient unless it names someone else. */
  @Index()
  @Column({ type: 'uuid' })
  aboutId!: string;

  @Column({ type: 'bytea' })
  recipient!: Buffer;

  @Column({ type: 'bytea', nullable: true })
  subject!: Buffer | null;

  @Column({ type: 'bytea' })
  body!: Buffer;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
