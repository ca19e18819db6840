import type { EntityManager } from 'typeorm';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { type MarketingChannel, marketingChannels } from '../purposes/purpose-catalogue.js';
import { normalizedAddress, normalizedEmail, normalizedNumber } from '../registers/register-identifiers.js';

export type DenialReason = 'objection' | 'missing-consent' | 'do-not-call-me' | 'robinson' | 'invalid-identifier';

export interface MarketingDecision {
  identifier: string;
  allowed: boolean;
  reason: DenialReason | null;
  /** The person or contact the identifier belongs to, when known: their key seals a stored denial. */
  subjectId: string | null;
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
  const normalize = normalizerOf(channel);
  const normalized = identifiers.map((identifier) => normalize(identifier));
  // People, contacts and registers are matched by blind index; lines (the contract's) by number.
  const indexes = normalized.map((value) => (value === null ? '' : vault.index(value)));
  const register = channel === 'phone' ? 'do-not-call-me' : channel === 'post' ? 'robinson' : null;
  const byNumber = channel === 'phone' || channel === 'sms';
  // Column names, never input: each join can then use its index.
  const personColumn = byNumber ? 'mobile_index' : 'email_index';
  const contactColumn = byNumber ? 'phone_index' : 'email_index';
  const rows: { n: string; on_register: boolean; objected: boolean; customer: boolean; subject_id: string | null }[] =
    await manager.query(
      `WITH input AS (SELECT identifier, blind, n FROM unnest($1::text[], $5::text[]) WITH ORDINALITY AS i(identifier, blind, n)),
     people AS (
       SELECT input.n, person.id AS subject_id, true AS customer, 1 AS rank FROM input
         JOIN person ON person.${personColumn} = input.blind
       UNION ALL
       SELECT input.n, coalesce(line.assigned_person_id, member.person_id), true, 2 FROM input
         JOIN subscription line ON $2 AND line.phone_number = input.identifier
         LEFT JOIN account_membership member ON line.assigned_person_id IS NULL AND member.account_id = line.account_id
           AND member.role = 'administrator' AND member.status = 'active'
       UNION ALL
       SELECT input.n, contact.id, false, 3 FROM input
         JOIN marketing_contact contact ON contact.${contactColumn} = input.blind
     ),
     known AS (
       SELECT n, bool_or(customer) AS customer, (array_agg(subject_id ORDER BY rank))[1] AS subject_id
       FROM people GROUP BY n
     ),
     objections AS (
       SELECT people.n FROM people JOIN preference_state state ON state.subject_id = people.subject_id
         AND state.purpose = 'direct-marketing' AND state.channel IN ('', $3) AND NOT state.allowed
       GROUP BY people.n
     )
     SELECT input.n,
       ($4::text IS NOT NULL AND EXISTS (
         SELECT 1 FROM register_entry entry WHERE entry.register = $4 AND entry.identifier = input.blind)) AS on_register,
       EXISTS (SELECT 1 FROM objections WHERE objections.n = input.n) AS objected,
       coalesce(known.customer, false) AS customer, known.subject_id
     FROM input LEFT JOIN known ON known.n = input.n ORDER BY input.n`,
      [normalized.map((value) => value ?? ''), byNumber, channel, register, indexes],
    );
  return rows.map((row, index) => {
    const identifier = identifiers[index] as string;
    const subjectId = row.subject_id;
    if (normalized[index] === null) return { identifier, allowed: false, reason: 'invalid-identifier', subjectId };
    if (row.on_register) return { identifier, allowed: false, reason: register as DenialReason, subjectId };
    if (row.objected) return { identifier, allowed: false, reason: 'objection', subjectId };
    if ((channel === 'email' || channel === 'sms') && !row.customer) {
      return { identifier, allowed: false, reason: 'missing-consent', subjectId };
    }
    return { identifier, allowed: true, reason: null, subjectId };
  });
}
