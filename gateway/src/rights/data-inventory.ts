import type { PurposeKey } from '../purposes/index.js';
import {
  accountsHeld,
  countOf,
  identityHeld,
  linesHeld,
  type PersonalDataReader,
  requestsHeld,
} from './personal-data-readers.js';

/** How a column keeps personal data at rest (decision 13). */
export type Storage =
  /** AES-256-GCM with the data key of the subject it belongs to: gone, in every copy, when the key is destroyed. */
  | 'sealed'
  /** HMAC-SHA-256 of the normalised value with the blind-index key: equality lookups only. */
  | 'blind-index'
  /** Plaintext: kept data, identifiers without meaning outside the product, or free text blanked on erasure. */
  | 'plain';

/** What an erasure does with the subject's rows of a table. */
export type ErasureRule =
  | { action: 'delete'; what: string }
  | { action: 'blank'; set: string; what: string }
  | { action: 'keep'; what: string; reason: string };

export interface PersonalDataTable {
  table: string;
  /** The columns holding personal data (checked against the schema by `data-inventory.test.ts`). */
  columns: Record<string, Storage>;
  /**
   * The subject's rows, as SQL: `$1` is the subject id, `$2` the blind indexes of the subject's
   * e-mail address and numbers (text[]).
   */
  rowsOf: string;
  erasure: ErasureRule;
}

/**
 * A category of what the operator holds about a person: why (purpose keys of the catalogue),
 * where it comes from, how long it is kept, where it lives, how the access overview and the
 * export read it, and what an erasure does with it. The access overview (Art. 15), the export
 * (Art. 20) and the erasure (Art. 17) are driven by this list, never written by hand per person.
 */
export interface DataCategory {
  key: string;
  title: string;
  /** The purposes that use it; `service-delivery` and `legal-obligations` are the contract and the law. */
  purposes: readonly PurposeKey[];
  origin: string;
  retention: string;
  tables: readonly PersonalDataTable[];
  /** What the access overview shows of it. */
  overview: PersonalDataReader;
  /** What the export holds of it; absent when nothing of it was provided by the person (Art. 20(1)). */
  exported?: PersonalDataReader;
}

/** Non-customer contacts known by the subject's address or number are the subject too. */
const contactsOfTheSubject = 'email_index = ANY($2) OR phone_index = ANY($2)';
const contract = 'the contract of the customer number holds it, not your profile';
const provenChoices = 'the record of your privacy choices, which holds no name, address or number';
const whyChoicesStay = 'it proves what you chose (GDPR Art. 7(1)), and your objections keep working';
const accounting = 'tax and accounting law makes us keep bills for 10 years';

export const dataInventory: readonly DataCategory[] = [
  {
    key: 'identity',
    title: 'Name, e-mail address, mobile number for sign-in codes, language',
    purposes: ['service-delivery', 'direct-marketing'],
    origin: 'Given by you when you became a customer or registered for MyProximus',
    retention: 'Up to 10 years after the end of the customer relationship',
    tables: [
      {
        table: 'person',
        columns: {
          email_index: 'blind-index',
          mobile_index: 'blind-index',
          profile: 'sealed',
          password_hash: 'plain',
          language: 'plain',
        },
        rowsOf: 'id = $1',
        erasure: { action: 'delete', what: 'your name, e-mail address, mobile number, password and language' },
      },
      {
        table: 'marketing_contact',
        columns: { email_index: 'blind-index', phone_index: 'blind-index', identifiers: 'sealed' },
        rowsOf: `id = $1 OR ${contactsOfTheSubject}`,
        erasure: { action: 'delete', what: 'the non-customer contact entries with your address or number' },
      },
    ],
    overview: identityHeld,
    exported: identityHeld,
  },
  {
    key: 'accounts',
    title: 'Your roles on customer numbers (administrator, user, access owner, delegate)',
    purposes: ['service-delivery'],
    origin: 'Your contract, and the changes you or your administrator made in MyProximus',
    retention: 'Up to 10 years after the end of the customer relationship',
    tables: [
      {
        table: 'account_membership',
        columns: { role: 'plain', status: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'your roles on customer numbers' },
      },
      {
        table: 'customer_account',
        columns: { customer_number: 'plain', name: 'plain' },
        rowsOf: 'id IN (SELECT account_id FROM account_membership WHERE person_id = $1)',
        erasure: { action: 'keep', what: 'the customer numbers and their holders', reason: contract },
      },
    ],
    overview: accountsHeld,
    exported: accountsHeld,
  },
  {
    key: 'subscriptions',
    title: 'The lines and products you use or manage (mobile, fixed, internet, TV), and their bills',
    purposes: [
      'service-delivery',
      'location-reporting',
      'directory-listing',
      'directory-assistance',
      'tv-personalized-ads',
    ],
    origin: 'Your contract',
    retention: 'Up to 10 years after the end of the customer relationship; bills 10 years',
    tables: [
      {
        table: 'subscription',
        columns: { phone_number: 'plain' },
        rowsOf: 'assigned_person_id = $1',
        // The line's number is the contract's: it stays on the account, no longer assigned to anyone,
        // and found by its number it names no one (its own privacy choices keep protecting it).
        erasure: { action: 'keep', what: 'the lines of the contract and their numbers', reason: contract },
      },
      {
        table: 'invoice',
        columns: { addressee_name: 'plain', addressee_email: 'plain', numbers: 'plain' },
        rowsOf: 'account_id IN (SELECT account_id FROM account_membership WHERE person_id = $1)',
        erasure: { action: 'keep', what: 'your bills', reason: accounting },
      },
    ],
    overview: linesHeld,
    exported: linesHeld,
  },
  {
    key: 'privacy-choices',
    title: 'Your privacy choices and their history (who, when, which text, which channel)',
    purposes: ['legal-obligations'],
    origin: 'Your choices, your administrator’s for your line, an agent’s on the phone, your browser’s privacy signal',
    retention: 'As long as needed to prove them (GDPR Art. 7(1)); the record holds no name or number',
    tables: [
      {
        table: 'preference_event',
        columns: { idempotency_key: 'plain' },
        rowsOf: 'subject_id = $1',
        erasure: { action: 'keep', what: provenChoices, reason: whyChoicesStay },
      },
      {
        table: 'preference_state',
        columns: {},
        rowsOf: 'subject_id = $1',
        erasure: { action: 'keep', what: provenChoices, reason: whyChoicesStay },
      },
      {
        table: 'gpc_signal',
        columns: {},
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: "your browser's privacy signal" },
      },
      {
        // The browsers you signed in with after answering a cookie banner: their answers stay pseudonymous.
        table: 'visitor',
        columns: {},
        rowsOf: 'person_id = $1',
        erasure: {
          action: 'blank',
          set: 'person_id = NULL, linked_at = NULL',
          what: 'the link between your browsers’ cookie answers and you',
        },
      },
      {
        table: 'campaign_check_denial',
        columns: { identifier: 'sealed' },
        // A campaign's denial of the person's number: the line and the reason stay, so they are still left alone.
        rowsOf: `sealed_for IN (SELECT $1::uuid UNION ALL SELECT id FROM marketing_contact WHERE ${contactsOfTheSubject})`,
        erasure: {
          action: 'blank',
          set: 'identifier = NULL, sealed_for = check_id',
          what: 'your number or address in the campaign files checked against your choices',
        },
      },
    ],
    overview: countOf('choices', 'SELECT count(*)::int AS n FROM preference_event WHERE subject_id = $1'),
  },
  {
    key: 'requests',
    title: 'Your requests to the data protection office and their answers',
    purposes: ['legal-obligations'],
    origin: 'Your requests, and the office’s handling of them',
    retention: 'Up to 10 years after the end of the customer relationship',
    tables: [
      {
        table: 'data_subject_request',
        columns: { details: 'sealed', outcome: 'sealed' },
        rowsOf: 'subject_id = $1',
        // The requests stay as proof of their handling (Art. 5(2)); what the person wrote goes.
        erasure: { action: 'blank', set: `details = ''::bytea`, what: 'what you wrote in your requests' },
      },
      {
        table: 'request_event',
        columns: { note: 'sealed' },
        rowsOf: `request_id IN (SELECT id FROM data_subject_request WHERE subject_id = $1) AND step <> 'completed'`,
        erasure: { action: 'blank', set: 'note = NULL', what: "the office's notes on your requests" },
      },
      {
        table: 'information_reply',
        columns: { text: 'sealed', file_name: 'sealed', file: 'sealed', media_type: 'plain' },
        rowsOf: 'subject_id = $1',
        erasure: { action: 'delete', what: 'your answers to our questions and the documents you sent with them' },
      },
      {
        table: 'export_archive',
        columns: { archive: 'sealed' },
        rowsOf: 'subject_id = $1',
        erasure: { action: 'delete', what: 'your export archives' },
      },
      {
        table: 'idempotency_record',
        columns: { scope: 'plain', key: 'plain', result: 'plain', sealed_result: 'sealed' },
        // Keys the person used, and results of requests an agent filed for them.
        rowsOf: 'scope = $1::text OR subject_id = $1::uuid',
        erasure: { action: 'delete', what: 'the stored answers to requests you or an agent made for you' },
      },
    ],
    overview: countOf('requests', 'SELECT count(*)::int AS n FROM data_subject_request WHERE subject_id = $1'),
    exported: requestsHeld,
  },
  {
    key: 'messages',
    title: 'The text messages and e-mails we sent you, or sent others about you (an access request)',
    purposes: ['service-delivery'],
    origin: 'Sent when you sign in, reset your password, ask for access, or when the office answers you',
    retention: 'Kept by the messaging platform; here only outside production',
    tables: [
      {
        table: 'outbound_message',
        columns: { recipient: 'sealed', subject: 'sealed', body: 'sealed' },
        rowsOf: 'recipient_id = $1 OR about_id = $1',
        erasure: { action: 'delete', what: 'the text messages and e-mails we sent you or others about you' },
      },
    ],
    overview: countOf(
      'messages',
      'SELECT count(*)::int AS n FROM outbound_message WHERE recipient_id = $1 OR about_id = $1',
    ),
  },
  {
    key: 'security',
    title: 'Sign-in codes sent, sessions, passkeys, failed sign-in attempts',
    purposes: ['service-delivery'],
    origin: 'Generated when you sign in',
    retention: 'Codes 1 day, sessions 24 hours after their end, passkeys until you remove them',
    tables: [
      {
        table: 'session',
        columns: { token_hash: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'your sessions' },
      },
      {
        table: 'refresh_credential',
        columns: { credential_hash: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'what keeps you signed in on your devices' },
      },
      {
        table: 'sms_challenge',
        columns: { phone_index: 'blind-index', phone_number: 'sealed', code_hash: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'your sign-in codes' },
      },
      {
        table: 'passkey',
        columns: { credential_id: 'plain', public_key: 'plain', transports: 'plain', name: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'your passkeys' },
      },
      {
        table: 'passkey_challenge',
        columns: { challenge_hash: 'plain', ceremony: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'your requests to add a passkey' },
      },
      {
        table: 'password_reset',
        columns: { token_hash: 'plain' },
        rowsOf: 'person_id = $1',
        erasure: { action: 'delete', what: 'your password-reset links' },
      },
      {
        table: 'sign_in_throttle',
        columns: { email_key: 'blind-index' },
        rowsOf: 'email_key = ANY($2)',
        erasure: { action: 'delete', what: 'your failed sign-in attempts' },
      },
      {
        table: 'data_key',
        columns: { wrapped_key: 'sealed' },
        // Destroying the keys (the subject's, and those of contacts with the same address or number)
        // makes what they sealed unreadable in every copy: the write-ahead log, the backups.
        rowsOf: `subject_id IN (SELECT $1::uuid UNION ALL SELECT id FROM marketing_contact WHERE ${contactsOfTheSubject})`,
        erasure: { action: 'delete', what: 'your data keys, so that no copy in our backups can be read again' },
      },
    ],
    overview: countOf('sessions', 'SELECT count(*)::int AS n FROM session WHERE person_id = $1'),
  },
];

/** What an erasure removes, in the inventory's order, for the answer to the person. */
export function erasedOnErasure(): string[] {
  const erased = dataInventory.flatMap((category) =>
    category.tables.flatMap((table) => (table.erasure.action === 'keep' ? [] : [table.erasure.what])),
  );
  return [...new Set(erased)];
}

/** What an erasure keeps, and why: generated from the inventory, named in the answer (Art. 17(3)). */
export function keptOnErasure(): { what: string; reason: string }[] {
  const kept = new Map<string, string>();
  for (const table of dataInventory.flatMap((category) => category.tables)) {
    if (table.erasure.action === 'keep') kept.set(table.erasure.what, table.erasure.reason);
  }
  return [...kept].map(([what, reason]) => ({ what, reason }));
}
