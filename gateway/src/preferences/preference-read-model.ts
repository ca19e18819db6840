import type { DataSource } from 'typeorm';
import { pooledQuery } from '../database/pool-query.js';
import { type LineFacts, visibleLineIds } from '../identity/index.js';
import { doNotCallMeChannels, personOnDoNotCallMe } from '../registers/index.js';
import type { PreferenceState } from './preference-state.entity.js';

/**
 * What a person's privacy page needs, in one round trip (this read is the hottest path): the
 * lines they may see (all lines of the accounts they administer, and the lines assigned to
 * them), the projection rows of the person and of those lines, and whether an outside register
 * suppresses a channel (the person's mobile number on Do Not Call Me). A prepared statement:
 * planning this one cost PostgreSQL more than running it (decision 29).
 */
export async function personPageData(
  dataSource: DataSource,
  personId: string,
): Promise<{ lines: LineFacts[]; rows: PreferenceState[]; registeredChannels: string[] }> {
  const [result] = await pooledQuery<{ lines: LineRow[]; rows: StateRow[]; do_not_call: boolean }>(
    dataSource,
    'person-page',
    `WITH lines AS (
       SELECT id, account_id, kind, phone_number, assigned_person_id FROM subscription
       WHERE id IN (${visibleLineIds('$1')})
     )
     SELECT
       (SELECT coalesce(json_agg(lines ORDER BY kind, phone_number), '[]') FROM lines) AS lines,
       (SELECT coalesce(json_agg(state), '[]') FROM preference_state state
         WHERE state.subject_id IN (SELECT $1::uuid UNION ALL SELECT id FROM lines)) AS rows,
       ${personOnDoNotCallMe('$1')} AS do_not_call`,
    [personId],
  );
  return {
    registeredChannels: result?.do_not_call ? [...doNotCallMeChannels] : [],
    lines: (result?.lines ?? []).map((line) => ({
      id: line.id,
      accountId: line.account_id,
      kind: line.kind,
      phoneNumber: line.phone_number,
      assignedPersonId: line.assigned_person_id,
    })),
    rows: (result?.rows ?? []).map((row) => ({
      subjectId: row.subject_id,
      purpose: row.purpose,
      channel: row.channel,
      subjectKind: row.subject_kind,
      allowed: row.allowed,
      decision: row.decision,
      actorKind: row.actor_kind,
      textVersion: row.text_version,
      lastEventId: row.last_event_id,
      decidedAt: new Date(row.decided_at),
    })),
  };
}

interface LineRow {
  id: string;
  account_id: string;
  kind: LineFacts['kind'];
  phone_number: string | null;
  assigned_person_id: string | null;
}

interface StateRow {
  subject_id: string;
  purpose: string;
  channel: string;
  subject_kind: PreferenceState['subjectKind'];
  allowed: boolean;
  decision: PreferenceState['decision'];
  actor_kind: PreferenceState['actorKind'];
  text_version: number | null;
  last_event_id: string;
  decided_at: string;
}
