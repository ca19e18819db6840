import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { type MessageChannel, OutboundMessage } from './outbound-message.entity.js';

export interface OutgoingMessage {
  channel: MessageChannel;
  /** The data subject (person or contact) whose address `to` is. */
  recipientId: string;
  /** The person the text names, when not the recipient (an access owner told who asks for access). */
  aboutId?: string;
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
export function createDevOutboxSender(dataSource: DataSource, clock: Clock, vault: PersonalDataVault): MessageSender {
  return {
    async send(message) {
      const manager = dataSource.manager;
      const aboutId = message.aboutId ?? message.recipientId;
      await dataSource.getRepository(OutboundMessage).insert({
        channel: message.channel,
        sender: message.channel === 'sms' ? smsSender : emailSender,
        recipientId: message.recipientId,
        aboutId,
        recipient: await vault.seal(manager, message.recipientId, message.to),
        subject: message.subject ? await vault.seal(manager, aboutId, message.subject) : null,
        body: await vault.seal(manager, aboutId, message.body),
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
        body: JSON.stringify({
          channel: message.channel,
          to: message.to,
          subject: message.subject,
          body: message.body,
          from: message.channel === 'sms' ? smsSender : emailSender,
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`Messaging platform answered ${response.status}`);
    },
  };
}

/** The sender of this configuration: the messaging platform when MESSAGING_URL is set, else the dev outbox. */
export function createMessageSender(
  config: GatewayConfig,
  dataSource: DataSource,
  clock: Clock,
  vault: PersonalDataVault,
): MessageSender {
  return config.messagingUrl
    ? createHttpMessageSender(config.messagingUrl)
    : createDevOutboxSender(dataSource, clock, vault);
}
