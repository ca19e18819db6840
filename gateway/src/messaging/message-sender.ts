import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { type MessageChannel, OutboundMessage } from './outbound-message.entity.js';

export interface OutgoingMessage {
  channel: MessageChannel;
  to: string;
  subject?: string;
  body: string;
}

/** The SMS short code of the operator's sign-in messages (login-with-sms-code.txt). */
export const smsSender = '8883';
export const emailSender = 'MyProximus <no-reply@proximus.example>';

export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

/** Outside production nothing leaves the machine: messages are kept for `GET /dev/outbox`. */
export function createDevOutboxSender(dataSource: DataSource, clock: Clock): MessageSender {
  return {
    async send(message) {
      await dataSource.getRepository(OutboundMessage).insert({
        channel: message.channel,
        sender: message.channel === 'sms' ? smsSender : emailSender,
        recipient: message.to,
        subject: message.subject ?? null,
        body: message.body,
        sentAt: clock.now(),
      });
    },
  };
}

/** In production the operator's messaging platform sends them; it receives one JSON POST per message. */
export function createHttpMessageSender(url: string): MessageSender {
  return {
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...message, from: message.channel === 'sms' ? smsSender : emailSender }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`Messaging platform answered ${response.status}`);
    },
  };
}

/** The sender of this configuration: the messaging platform when MESSAGING_URL is set, else the dev outbox. */
export function createMessageSender(config: GatewayConfig, dataSource: DataSource, clock: Clock): MessageSender {
  return config.messagingUrl ? createHttpMessageSender(config.messagingUrl) : createDevOutboxSender(dataSource, clock);
}
