import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { JobRunner } from '../src/common/job-runner.js';
import type { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { ExportService } from '../src/rights/export.service.js';
import { runLoad } from './load.js';
import type { Figures } from './measure.js';

/** Export of a person with 10,000 ledger events, built as the background job builds it. */
export async function exportOfTenThousandEvents(
  dataSource: DataSource,
  vault: PersonalDataVault,
  personId: string,
): Promise<number> {
  await dataSource.query(
    `INSERT INTO preference_event (event_id, subject_id, subject_kind, sequence, purpose, channel, decision, text_version,
       language, actor_kind, actor_id, collection_channel, occurred_at, previous_hash, hash)
     SELECT gen_random_uuid(), $1, 'person', 100000 + n, 'direct-marketing', NULL,
       CASE WHEN n % 2 = 0 THEN 'objected' ELSE 'objection-withdrawn' END, 1, 'en', 'subject', $1, 'web', now(),
       md5(n::text), md5((n + 1)::text)
     FROM generate_series(1, 10000) AS n`,
    [personId],
  );
  // The job's one step, run here: what a gateway's worker does once it fetched the job.
  const unstarted = new JobRunner({
    databaseUrl: (dataSource.options as { url?: string }).url as string,
    stepTimeoutSeconds: 300,
    attempts: 1,
    onError: () => undefined,
  });
  const exports = new ExportService(dataSource, { now: () => new Date() }, unstarted, vault);
  const requestId = randomUUID();
  const [{ id }] = await dataSource.query(
    `INSERT INTO export_archive (request_id, subject_id, status, progress, started_at)
     VALUES ($1, $2, 'building', 0, now()) RETURNING id`,
    [requestId, personId],
  );
  const started = performance.now();
  await exports.step(id);
  const seconds = (performance.now() - started) / 1000;
  const [archive] = await dataSource.query(
    'SELECT status, length(archive) AS bytes FROM export_archive WHERE request_id = $1',
    [requestId],
  );
  if (archive?.status !== 'ready') throw new Error('The export did not finish');
  return seconds;
}

/** The office's queue filtered, over 100,000 requests. */
export async function queueOverHundredThousand(
  dataSource: DataSource,
  vault: PersonalDataVault,
  url: string,
  dpoToken: string,
  subjectIds: string[],
): Promise<Figures> {
  // What each person asked, sealed with their key as the product writes it.
  const details = await Promise.all(subjectIds.map((id) => vault.sealJson(dataSource.manager, id, {})));
  await dataSource.query(
    `INSERT INTO data_subject_request (type, status, subject_id, subject_kind, details, filed_through, filed_by,
       received_at, clock_started_at, due_at)
     SELECT (ARRAY['access','export','erasure','rectification','objection','automated-decision-review'])[1 + n % 6],
       (ARRAY['awaiting-identity','in-progress','awaiting-information','completed','rejected'])[1 + n % 5],
       ($1::uuid[])[1 + n % array_length($1::uuid[], 1)], 'person', ($2::bytea[])[1 + n % array_length($1::uuid[], 1)],
       'web', ($1::uuid[])[1],
       now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval,
       now() + ((30 * 24 * 60 - n) || ' minutes')::interval
     FROM generate_series(1, 100000) AS n`,
    [subjectIds, details],
  );
  await dataSource.query('ANALYZE data_subject_request');
  const filters = [
    { status: 'IN_PROGRESS' },
    { overdue: true },
    { dueSoon: true },
    { type: 'EXPORT', status: 'AWAITING_INFORMATION' },
    { subjectId: subjectIds[3] },
  ];
  const query = `query($filter: RequestFilter) { dataSubjectRequests(filter: $filter, first: 50) { requests { id type status dueAt } nextCursor } }`;
  return runLoad({
    url,
    concurrency: 4,
    requests: Array.from({ length: 2000 }, (_, index) => ({
      query,
      variables: { filter: filters[index % filters.length] },
      token: dpoToken,
    })),
  });
}
