import type { EntityManager } from 'typeorm';
import type { ValueOf } from '../common/domain-list.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { type MarketingChannel, marketingChannels } from '../purposes/index.js';
import { normalizedAddress, normalizedEmail, normalizedNumber, onRegister, registerOf } from '../registers/index.js';

export const DenialReason = {
  OBJECTION: 'objection',
  MISSING_CONSENT: 'missing-consent',
  DO_NOT_CALL_ME: 'do-not-call-me',
  ROBINSON: 'robinson',
  INVALID_IDENTIFIER: 'invalid-identifier',
} as const;
export type DenialReason = ValueOf<typeof DenialReason>;

export interface MarketingDecision {
  identifier: string;
  allowed: boolean;
  reason: DenialReason | null;
}

export const maxIdentifiersPerCall = 10_000;

export function isMarketingChannel(channel: string): channel is MarketingChannel {
  return (marketingChannels as readonly string[]).includes(channel);
}

/** How identifiers of a channel are written: numbers for calls and texts, addresses for e-mail, pop-ups and post. */
function normalizerOf(channel: MarketingChannel): (input: string) => string | null {
  if (channel === 'phone' || channel === 'sms') return normalizedNumber;
  if (channel === 'post') return normalizedAddress;
  return normalizedEmail;
}

/** A batch of identifiers as the queries compare them: normalised, and their blind indexes. */
export interface PreparedIdentifiers {
  channel: MarketingChannel;
  identifiers: string[];
  normalized: (string | null)[];
  indexes: string[];
}

/** The CPU part of a decision (normalising, keying): a campaign check reuses it to find the owners of its denials. */
export function prepareIdentifiers(
  vault: PersonalDataVault,
  channel: MarketingChannel,
  identifiers: string[],
): PreparedIdentifiers {
  const normalize = normalizerOf(channel);
  const normalized = identifiers.map((identifier) => normalize(identifier));
  // People, contacts and registers are matched by blind index; lines (the contract's) by number.
  const indexes = normalized.map((value) => (value === null ? '' : vault.index(value)));
  return { channel, identifiers, normalized, indexes };
}

const byNumber = (channel: MarketingChannel) => channel === 'phone' || channel === 'sms';

/**
 * The people an `input (identifier, blind, n)` names: customers by their address or mobile, the
 * user (else the administrator) of a line by its number, non-customers by address or number.
 * Column names, never input: each join can then use its index.
 */
function peopleNamed(channel: MarketingChannel, numbersParameter: string): string {
  const personColumn = byNumber(channel) ? 'mobile_index' : 'email_index';
  const contactColumn = byNumber(channel) ? 'phone_index' : 'email_index';
  return `people AS (
       SELECT input.n, person.id AS subject_id, true AS customer, 1 AS rank FROM input
         JOIN person ON person.${personColumn} = input.blind
       UNION ALL
       SELECT input.n, coalesce(line.assigned_person_id, member.person_id), true, 2 FROM input
         JOIN subscription line ON ${numbersParameter} AND line.phone_number = input.identifier
         LEFT JOIN account_membership member ON line.assigned_person_id IS NULL AND member.account_id = line.account_id
           AND member.role = 'administrator' AND member.status = 'active'
       UNION ALL
       SELECT input.n, contact.id, false, 3 FROM input
         JOIN marketing_contact contact ON contact.${contactColumn} = input.blind
     )`;
}

/**
 * May this channel be used to reach these people for marketing? One query for the whole batch:
 * - an outside register wins whatever the person chose: Do Not Call Me for calls, Robinson for post;
 * - an objection (to marketing as a whole, or to this channel) of a customer or non-customer denies;
 * - e-mail and text messages need consent (ePrivacy): only the operator's own customers may be
 *   reached without it (soft opt-in), so an unknown address or number is denied;
 * - otherwise the legitimate interest allows it.
 */
export async function decideMarketing(
  manager: EntityManager,
  vault: PersonalDataVault,
  channel: MarketingChannel,
  identifiers: string[],
): Promise<MarketingDecision[]> {
  return decidePrepared(manager, prepareIdentifiers(vault, channel, identifiers));
}

export async function decidePrepared(
  manager: EntityManager,
  prepared: PreparedIdentifiers,
): Promise<MarketingDecision[]> {
  const { channel, identifiers, normalized, indexes } = prepared;
  const register = registerOf(channel);
  // E-mail and text messages need consent (ePrivacy): an unknown address or number is denied.
  const needsConsent = channel === 'email' || channel === 'sms';
  // Only the batch's exceptions come back: most of a campaign file is allowed, and 50,000 rows
  // to send and parse cost more than the query. The batch goes as two lines-separated texts
  // (no identifier holds a line break once normalised), cheaper to send than two arrays;
  // `OFFSET 0` keeps the planner from copying each EXISTS into the filter and running it twice.
  const rows: { n: string; on_register: boolean; objected: boolean; customer: boolean }[] = await manager.query(
    `WITH input AS (SELECT identifier, blind, n
       FROM unnest(string_to_array($1, E'\\n'), string_to_array($5, E'\\n')) WITH ORDINALITY AS i(identifier, blind, n)),
     ${peopleNamed(channel, '$2')},
     objections AS (
       SELECT people.n FROM people JOIN preference_state state ON state.subject_id = people.subject_id
         AND state.purpose = 'direct-marketing' AND state.channel IN ('', $3) AND NOT state.allowed
       GROUP BY people.n
     )
     SELECT * FROM (
       SELECT input.n,
         ($4::text IS NOT NULL AND ${onRegister('$4', 'input.blind')}) AS on_register,
         EXISTS (SELECT 1 FROM objections WHERE objections.n = input.n) AS objected,
         EXISTS (SELECT 1 FROM people WHERE people.n = input.n AND people.customer) AS customer
       FROM input OFFSET 0
     ) AS decided
     WHERE on_register OR objected OR ($6 AND NOT customer)`,
    [
      normalized.map((value) => value ?? '').join('\n'),
      byNumber(channel),
      channel,
      register,
      indexes.join('\n'),
      needsConsent,
    ],
  );
  const exceptions = new Map(rows.map((row) => [Number(row.n) - 1, row]));
  return identifiers.map((identifier, index) => {
    if (normalized[index] === null) return { identifier, allowed: false, reason: 'invalid-identifier' };
    const row = exceptions.get(index);
    if (!row) return { identifier, allowed: true, reason: null };
    if (row.on_register && register) return { identifier, allowed: false, reason: register };
    if (row.objected) return { identifier, allowed: false, reason: 'objection' };
    if (needsConsent && !row.customer) return { identifier, allowed: false, reason: 'missing-consent' };
    return { identifier, allowed: true, reason: null };
  });
}

/**
 * Whom the identifiers at these positions of the batch belong to (the person, else the line's
 * user or administrator, else the non-customer), where known: a denial is sealed with their key.
 */
export async function subjectsAt(
  manager: EntityManager,
  prepared: PreparedIdentifiers,
  positions: number[],
): Promise<Map<number, string>> {
  if (positions.length === 0) return new Map();
  const rows: { n: number; subject_id: string }[] = await manager.query(
    `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) AS i(identifier, blind, n)),
     ${peopleNamed(prepared.channel, '$4')}
     SELECT n, (array_agg(subject_id ORDER BY rank))[1] AS subject_id FROM people
     WHERE subject_id IS NOT NULL GROUP BY n`,
    [
      positions.map((position) => prepared.normalized[position] ?? ''),
      positions.map((position) => prepared.indexes[position] ?? ''),
      positions,
      byNumber(prepared.channel),
    ],
  );
  return new Map(rows.map((row) => [row.n, row.subject_id]));
}
