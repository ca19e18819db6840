import { strToU8, zipSync } from 'fflate';
import type { EntityManager } from 'typeorm';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { dataInventory } from './data-inventory.js';

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
  vault: PersonalDataVault,
  personId: string,
  generatedAt: Date,
  onProgress: (share: number) => Promise<void>,
): Promise<Buffer> {
  const context = { manager, vault, subjectId: personId };
  const profile: Record<string, unknown> = {};
  for (const category of dataInventory) {
    if (category.exported) profile[category.key] = await category.exported(context);
  }
  const lines = (profile.subscriptions as { id: string }[] | undefined) ?? [];
  const subjects = [personId, ...lines.map((line) => line.id)];
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
