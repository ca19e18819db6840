import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MessageChannel = 'sms' | 'email';

/**
 * A message kept instead of sent, outside production (CONTRACT.md: `GET /dev/outbox`). It lives
 * in the database so that every gateway instance shows the same outbox.
 */
@Entity({ name: 'outbound_message' })
@Check('outbound_message_channel', `"channel" IN ('sms', 'email')`)
export class OutboundMessage {
  /** Insertion order, so "newest first" holds even when the clock stands still (tests). */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  channel!: MessageChannel;

  @Column({ type: 'text' })
  sender!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
