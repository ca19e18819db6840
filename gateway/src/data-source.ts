import type { DataSource } from 'typeorm';
import { Passkey } from './authentication/passkey.entity.js';
import { PasskeyChallenge } from './authentication/passkey-challenge.entity.js';
import { PasswordReset } from './authentication/password-reset.entity.js';
import { RateLimit } from './authentication/rate-limit.entity.js';
import { RefreshCredential } from './authentication/refresh-credential.entity.js';
import { Session } from './authentication/session.entity.js';
import { SignInThrottle } from './authentication/sign-in-throttle.entity.js';
import { SmsChallenge } from './authentication/sms-challenge.entity.js';
import { StaffRead } from './common/staff-read.entity.js';
import { DataKey } from './database/data-key.entity.js';
import { createDataSource } from './database/data-source.js';
import { IdempotencyRecord } from './database/idempotency-record.entity.js';
import { migrations } from './database/migrations/index.js';
import { AccountMembership } from './identity/account-membership.entity.js';
import { CustomerAccount } from './identity/customer-account.entity.js';
import { Invoice } from './identity/invoice.entity.js';
import { MarketingContact } from './identity/marketing-contact.entity.js';
import { Person } from './identity/person.entity.js';
import { Subscription } from './identity/subscription.entity.js';
import { CampaignCheck, CampaignCheckDenial } from './marketing/campaign-check.entity.js';
import { OutboundMessage } from './messaging/outbound-message.entity.js';
import { GpcSignal } from './preferences/gpc-signal.entity.js';
import {
  LedgerCheckpoint,
  LedgerCheckpointBucket,
  LedgerCheckpointNode,
} from './preferences/ledger-checkpoint.entity.js';
import { PreferenceEvent } from './preferences/preference-event.entity.js';
import { PreferenceState } from './preferences/preference-state.entity.js';
import { SubjectChainHead } from './preferences/subject-chain-head.entity.js';
import { Delivery } from './propagation/delivery.entity.js';
import { DeliveryAttempt } from './propagation/delivery-attempt.entity.js';
import { DownstreamSystem } from './propagation/downstream-system.entity.js';
import { OutboxEvent } from './propagation/outbox-event.entity.js';
import { PropagationEvent, PropagationSequencer } from './propagation/propagation-event.entity.js';
import { RegisterEntry } from './registers/register-entry.entity.js';
import { RegisterImport } from './registers/register-import.entity.js';
import { DataSubjectRequest } from './rights/data-subject-request.entity.js';
import { ExportArchive } from './rights/export-archive.entity.js';
import { InformationReply } from './rights/information-reply.entity.js';
import { RequestEvent } from './rights/request-event.entity.js';
import { CookieChoice } from './visitors/cookie-choice.entity.js';
import { Visitor } from './visitors/visitor.entity.js';

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
  RateLimit,
  Passkey,
  PasskeyChallenge,
  OutboundMessage,
  MarketingContact,
  PreferenceEvent,
  SubjectChainHead,
  PreferenceState,
  GpcSignal,
  Visitor,
  CookieChoice,
  LedgerCheckpoint,
  LedgerCheckpointBucket,
  LedgerCheckpointNode,
  IdempotencyRecord,
  StaffRead,
  DownstreamSystem,
  OutboxEvent,
  PropagationEvent,
  PropagationSequencer,
  Delivery,
  DeliveryAttempt,
  RegisterEntry,
  RegisterImport,
  CampaignCheck,
  CampaignCheckDenial,
  DataSubjectRequest,
  RequestEvent,
  ExportArchive,
  Invoice,
  DataKey,
  RefreshCredential,
  InformationReply,
];

/** The data source of requests, on the application login's URL: it cannot rewrite the ledger. */
export function gatewayDataSource(applicationUrl: string): DataSource {
  return createDataSource(applicationUrl, { entities, migrations });
}

/** The data source that runs migrations, on the owner's URL. */
export function migrationDataSource(ownerUrl: string): DataSource {
  return createDataSource(ownerUrl, { entities, migrations });
}
