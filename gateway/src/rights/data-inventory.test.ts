import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { dataInventory } from './data-inventory.js';

/**
 * Columns that hold no personal data, each with why. A new text, JSON, array or binary column must
 * be added here or to the data inventory by whoever adds it: the test below fails until then.
 */
const withoutPersonalData: Record<string, string[]> = {
  // Enumerations and the operator's own texts.
  account_membership: [],
  campaign_check_denial: ['reason'],
  customer_account: ['segment'],
  data_subject_request: ['type', 'status', 'subject_kind', 'filed_through'],
  export_archive: ['status'],
  outbound_message: ['channel', 'sender'],
  person: ['staff_role'],
  request_event: ['step'],
  session: ['scope'],
  sms_challenge: ['purpose'],
  subscription: ['kind', 'billing'],
  invoice: ['period'],
  // The ledger and its projection: purposes, decisions, hashes; subjects are pseudonymous ids (decision 6).
  preference_event: [
    'subject_kind',
    'purpose',
    'channel',
    'decision',
    'language',
    'actor_kind',
    'collection_channel',
    'previous_hash',
    'hash',
    // The operator's site a cookie answer was given on.
    'site',
  ],
  // A visitor's answer to the cookie banner: the operator's site and the button used (decision 23).
  cookie_choice: ['site', 'method'],
  preference_state: ['purpose', 'channel', 'subject_kind', 'decision', 'actor_kind', 'collection_channel'],
  subject_chain_head: ['last_hash'],
  // A register entry is a blind index of a number or address (decision 13), the register's, not a person's row.
  register_entry: ['register', 'identifier'],
  // Propagation: systems and their credentials; events carry pseudonymous ids only (decision 9).
  downstream_system: [
    'key',
    'name',
    'purposes',
    'webhook_url',
    'api_key_hash',
    'webhook_secret',
    'webhook_disabled_reason',
  ],
  outbox_event: ['aggregatetype', 'aggregateid', 'type', 'payload'],
  delivery: ['last_error'],
  // Every attempt's HTTP status and error; an endpoint's URL when it answered 410 (decision 10).
  delivery_attempt: ['error', 'outcome'],
  // Signed checkpoints: hashes, roots, signatures; leaves are pseudonymous subject ids and chain heads (decision 12).
  ledger_checkpoint: ['hash', 'key_id', 'previous_hash', 'root', 'signature'],
  ledger_checkpoint_bucket: ['leaves'],
  ledger_checkpoint_node: ['hash'],
  // Counters of anonymous hashing work, keyed by a keyed hash of the client address, kept for one window.
  rate_limit: ['key'],
  staff_read: ['what'],
  idempotency_record: ['request_hash'],
  // A file in transit: a campaign or register file's lines while its job runs, sealed with the job's own
  // key so any gateway resumes it after a crash, cleared when the job ends; no one person's (decision 18).
  campaign_check: ['channel', 'status', 'error', 'file'],
  register_import: ['register', 'file_hash', 'status', 'error', 'file'],
  data_key: ['key_encryption_key_id'],
  migrations: ['name'],
};

let gateway: TestGateway;
afterEach(() => gateway?.stop());

describe('the data inventory', () => {
  it('classifies every text, JSON, array and binary column of the schema', async () => {
    gateway = await startTestGateway();
    const columns: { table_name: string; column_name: string }[] = await gateway.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'json', 'ARRAY', 'character varying', 'bytea')
       ORDER BY table_name, column_name`,
    );
    const inventoried = new Set(
      dataInventory.flatMap((category) =>
        category.tables.flatMap((table) => Object.keys(table.columns).map((column) => `${table.table}.${column}`)),
      ),
    );
    const unclassified = columns
      .map((column) => `${column.table_name}.${column.column_name}`)
      .filter((name) => {
        const [table, column] = name.split('.') as [string, string];
        return !inventoried.has(name) && !withoutPersonalData[table]?.includes(column);
      });
    expect(unclassified).toEqual([]);
    const stale = [...inventoried].filter(
      (name) => !columns.some((column) => `${column.table_name}.${column.column_name}` === name),
    );
    expect(stale).toEqual([]);
  });
});
