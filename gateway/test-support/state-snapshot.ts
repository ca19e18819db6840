import type { DataSource } from 'typeorm';

/**
 * The rows a refused request must leave alone: sessions, sent messages, used codes, passwords,
 * mobile numbers, roles, the ledger, the projection, contacts and idempotency keys. Tests compare a snapshot before and after.
 */
export async function stateSnapshot(dataSource: DataSource): Promise<Record<string, unknown>> {
  const [row] = await dataSource.query(`
    SELECT
      (SELECT count(*) FROM session WHERE revoked_at IS NULL)::int AS open_sessions,
      (SELECT count(*) FROM outbound_message)::int AS messages,
      (SELECT count(*) FROM sms_challenge WHERE consumed_at IS NOT NULL)::int AS used_codes,
      (SELECT md5(string_agg(email_index || password_hash || encode(profile, 'hex'), ',' ORDER BY id)) FROM person) AS people,
      (SELECT count(*) FROM preference_event)::int AS ledger_events,
      (SELECT md5(string_agg(subject_id::text || purpose || channel || decision, ',' ORDER BY subject_id, purpose, channel)) FROM preference_state) AS projection,
      (SELECT count(*) FROM marketing_contact)::int AS contacts,
      (SELECT count(*) FROM idempotency_record)::int AS idempotency_keys,
      (SELECT md5(string_agg(account_id::text || person_id::text || role || status, ',' ORDER BY id)) FROM account_membership) AS roles
  `);
  return row;
}
