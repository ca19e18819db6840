import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { OutboundMessage } from './outbound-message.entity.js';

/** `GET /dev/outbox`: the messages kept instead of sent, newest first (CONTRACT.md). Never mounted in production. */
export function devOutboxRoute(dataSource: DataSource) {
  return async (_request: Request, response: Response) => {
    const messages = await dataSource.getRepository(OutboundMessage).find({
      order: { id: 'DESC' },
      take: 200,
    });
    response.json(
      messages.map((message) => ({
        channel: message.channel,
        from: message.sender,
        to: message.recipient,
        ...(message.subject ? { subject: message.subject } : {}),
        body: message.body,
        sentAt: message.sentAt.toISOString(),
      })),
    );
  };
}
