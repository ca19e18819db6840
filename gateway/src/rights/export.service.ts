import { isUUID } from 'class-validator';
import { type DataSource, In } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { addMilliseconds, type Clock } from '../common/clock.js';
import { openBytes, sealBytes } from '../common/envelope-encryption.js';
import { DomainError } from '../common/errors.js';
import type { JobHandler, JobRunner } from '../common/job-runner.js';
import { notifyLive } from '../common/live-notice.js';
import { returnedRows } from '../common/returned-rows.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { ExportArchive } from './export-archive.entity.js';
import { buildExport } from './export-builder.js';

const downloadableMs = 7 * 24 * 3_600_000;

/**
 * Builds portability archives in the background and hands them to their person for 7 days. A
 * build writes only at its end, so one interrupted by a crash simply runs again.
 */
export class ExportService implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly vault: PersonalDataVault,
  ) {}

  async start(requestId: string, personId: string): Promise<void> {
    await this.jobs.submit(this.dataSource.manager, 'export-archive', (manager) =>
      manager.getRepository(ExportArchive).save(
        manager.getRepository(ExportArchive).create({
          requestId,
          subjectId: personId,
          status: 'building',
          progress: 0,
          startedAt: this.clock.now(),
        }),
      ),
    );
  }

  async ofRequests(requestIds: string[]): Promise<Map<string, ExportArchive>> {
    if (requestIds.length === 0) return new Map();
    const archives = await this.dataSource.getRepository(ExportArchive).find({
      where: { requestId: In(requestIds) },
      select: { id: true, requestId: true, status: true, progress: true, readyAt: true, expiresAt: true },
    });
    return new Map(archives.map((archive) => [archive.requestId, archive]));
  }

  /** The zip, for its own person only, until it expires. */
  async download(caller: Caller, requestId: string): Promise<Buffer> {
    if (caller.kind !== 'person') throw new DomainError('UNAUTHENTICATED', 'Sign in to download your data.');
    // The id comes from a URL path, outside GraphQL's screening: a malformed one is as absent as an unknown one.
    const archive = isUUID(requestId)
      ? await this.dataSource.getRepository(ExportArchive).findOneBy({ requestId })
      : null;
    if (!archive || archive.subjectId !== caller.personId) throw new DomainError('NOT_FOUND', 'No such export.');
    if (archive.status !== 'ready' || !archive.archive)
      throw new DomainError('CONFLICT', 'The export is not ready yet.');
    if (archive.expiresAt && archive.expiresAt < this.clock.now()) {
      throw new DomainError('NOT_FOUND', 'This export has expired: ask for a new one.');
    }
    const opened = await this.vault.keyOf(this.dataSource.manager, archive.subjectId);
    if (!opened) throw new DomainError('NOT_FOUND', 'No such export.');
    return openBytes(opened, archive.archive);
  }

  async step(id: string): Promise<'done'> {
    const job = await this.dataSource.getRepository(ExportArchive).findOneBy({ id, status: 'building' });
    if (!job) return 'done';
    try {
      const manager = this.dataSource.manager;
      const zip = await buildExport(manager, this.vault, job.subjectId, this.clock.now(), (progress) =>
        this.dataSource.query('UPDATE export_archive SET progress = $2 WHERE id = $1', [job.id, progress]),
      );
      const archive = sealBytes(await this.vault.keyFor(manager, job.subjectId), zip);
      const now = this.clock.now();
      await this.dataSource.query(
        `UPDATE export_archive SET status = 'ready', progress = 1, archive = $2, ready_at = $3, expires_at = $4
         WHERE id = $1 AND status = 'building'`,
        [job.id, archive, now, addMilliseconds(now, downloadableMs)],
      );
    } catch {
      await this.giveUp(id);
    }
    // The request list of an open page shows the download (or the failure) without polling.
    await notifyLive(this.dataSource.manager, { kind: 'request', requestId: job.requestId, subjectId: job.subjectId });
    return 'done';
  }

  /** The person sees the export failed and may ask again (the archive's row has no room for a reason). */
  async giveUp(id: string): Promise<void> {
    const failed = returnedRows<{ request_id: string; subject_id: string }>(
      await this.dataSource.query(
        `UPDATE export_archive SET status = 'failed' WHERE id = $1 AND status = 'building' RETURNING request_id, subject_id`,
        [id],
      ),
    );
    for (const { request_id, subject_id } of failed) {
      await notifyLive(this.dataSource.manager, { kind: 'request', requestId: request_id, subjectId: subject_id });
    }
  }
}
