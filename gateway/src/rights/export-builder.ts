import { strToU8, zipSync } from 'fflate';
import type { EntityManager } from 'typeorm';

const pageSize = 5_000;

/** One CSV field, quoted when it must be (RFC 4180). */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const historyColumns = [
  'occurred_at',
  'subject_id',
  'subject_kind',
  'sequence',
  'purpose',
  'channel',
  'decision',
  'text_version',
  'language',
  'actor_kind',
  'collection_channel',
  'event_id',
  'hash',
] as const;

/**
 * The data the person provided and their whole preference history, as `data.json` (everything,
 * structured) and `preference-history.csv` (one change a line), zipped. Reads the history in
 * pages and reports progress as it goes.
 */
export async function buildExport(
  manager: EntityManager,
  personId: string,
  generatedAt: Date,
  onProgress: (share: number) => Promise<void>,
): Promise<Buffer> {
  const [profile]: Record<string, unknown>[] = await manager.query(
    `SELECT
       (SELECT json_build_object('firstName', first_name, 'lastName', last_name, 'email', email,
          'mobileNumber', mobile_number, 'language', language, 'since', created_at) FROM person WHERE id = $1) AS person,
       (SELECT coalesce(json_agg(json_build_object('customerNumber', a.customer_number, 'segment', a.segment,
          'role', m.role, 'status', m.status)), '[]')
          FROM account_membership m JOIN customer_account a ON a.id = m.account_id WHERE m.person_id = $1) AS accounts,
       (SELECT coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'phoneNumber', phone_number)), '[]')
          FROM subscription WHERE assigned_person_id = $1) AS lines,
       (SELECT coalesce(json_agg(json_build_object('type', type, 'status', status, 'receivedAt', received_at,
          'details', details, 'outcome', outcome)), '[]') FROM data_subject_request WHERE subject_id = $1) AS requests`,
    [personId],
  );
  const subjects = [personId, ...((profile?.lines as { id: string }[]) ?? []).map((line) => line.id)];
  const [{ total }]: { total: number }[] = await manager.query(
    'SELECT count(*)::int AS total FROM preference_event WHERE subject_id = ANY($1::uuid[])',
    [subjects],
  );
  const events: Record<string, unknown>[] = [];
  let after = '0';
  for (;;) {
    const page: (Record<string, unknown> & { position: string })[] = await manager.query(
      `SELECT position, ${historyColumns.join(', ')} FROM preference_event
       WHERE subject_id = ANY($1::uuid[]) AND position > $2 ORDER BY position LIMIT ${pageSize}`,
      [subjects, after],
    );
    if (page.length === 0) break;
    events.push(...page);
    after = (page[page.length - 1] as { position: string }).position;
    await onProgress(0.1 + 0.8 * (events.length / Math.max(total, 1)));
  }
  const csv = [
    historyColumns.join(','),
    ...events.map((event) => historyColumns.map((column) => csvField(event[column])).join(',')),
  ].join('\r\n');
  const data = {
    generatedAt: generatedAt.toISOString(),
    controller: 'Proximus PLC under Belgian public law',
    ...profile,
    preferenceHistory: events.map(({ position: _position, ...event }) => event),
  };
  return Buffer.from(
    zipSync({
      'data.json': strToU8(JSON.stringify(data, null, 2)),
      'preference-history.csv': strToU8(`${csv}\r\n`),
      'README.txt': strToU8(
        'Your data at Proximus, as you asked (GDPR Art. 20).\r\ndata.json: everything, structured.\r\npreference-history.csv: every change of your privacy choices, one a line.\r\n',
      ),
    }),
  );
}
