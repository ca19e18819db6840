import type { DataSource } from 'typeorm';
import { PasswordReset } from './authentication/password-reset.entity.js';
import { Session } from './authentication/session.entity.js';
import { SignInThrottle } from './authentication/sign-in-throttle.entity.js';
import { SmsChallenge } from './authentication/sms-challenge.entity.js';
import { createDataSource } from './database/data-source.js';
import { migrations } from './database/migrations/index.js';
import { AccountMembership } from './identity/account-membership.entity.js';
import { CustomerAccount } from './identity/customer-account.entity.js';
import { Person } from './identity/person.entity.js';
import { Subscription } from './identity/subscription.entity.js';
import { OutboundMessage } from './messaging/outbound-message.entity.js';

/** Every entity of every feature: the list that migrations are generated from and checked against. */
export const entities = [
  CustomerAccount,
  Person,
  Subscription,
  AccountMembership,
  SmsChallenge,
  SignInThrottle,
  Session,
  PasswordReset,
  OutboundMessage,
];

export function gatewayDataSource(url: string): DataSource {
  return createDataSource(url, { entities, migrations });
}
