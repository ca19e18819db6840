import type { DataSource } from 'typeorm';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { OutboundMessage } from './outbound-message.entity.js';

/** What `GET /dev/outbox` answers: the messages kept instead of sent, newest first (CONTRACT.md). Never mounted in production. */
export async function devOutbox(
  dataSource: DataSource,
  vault: PersonalDataVault,
): Promise<Record<string, string | null>[]> {
  const messages = await dataSource.getRepository(OutboundMessage).find({
    order: { id: 'DESC' },
    take: 200,
  });
  const keys = await vault.keysOf(
    dataSource.manager,
    messages.flatMap((message) => [message.recipientId, message.aboutId]),
  );
  return messages.map((message) => {
    const about = keys.get(message.aboutId);
    return {
      channel: message.channel,
      from: message.sender,
      to: vault.open(keys.get(message.recipientId), message.recipient),
      ...(message.subject ? { subject: vault.open(about, message.subject) } : {}),
      body: vault.open(about, message.body),
      sentAt: message.sentAt.toISOString(),
    };
  });
}
