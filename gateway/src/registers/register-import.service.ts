import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { openBytes, sealBytes } from '../common/envelope-encryption.js';
import type { JobHandler, JobRunner } from '../common/job-runner.js';
import { returnedRows } from '../common/returned-rows.js';
import { sha256Hex } from '../common/secrets.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { RegisterName } from './register-entry.entity.js';
import { normalizedAddress, normalizedNumber } from './register-identifiers.js';
import { RegisterImport } from './register-import.entity.js';

const chunkSize = 10_000;

/**
 * Imports a register's published file (Do Not Call Me: one number a line; Robinson: one postal
 * address a line) as a background job. The file replaces the register's content in one
 * transaction, so a job interrupted by a crash simply runs again; the same file again changes
 * nothing. Progress is written as it goes.
 */
export class RegisterImportService implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly vault: PersonalDataVault,
  ) {}

  async start(register: RegisterName, file: string): Promise<RegisterImport> {
    const fileHash = sha256Hex(file);
    const lines = file.split(/\r?\n/).filter((line) => line.trim().length > 0);
    const repository = this.dataSource.getRepository(RegisterImport);
    const latest = await repository.findOne({
      where: [
        { register, status: 'done' },
        { register, status: 'unchanged' },
      ],
      order: { startedAt: 'DESC' },
    });
    const now = this.clock.now();
    if (latest?.fileHash === fileHash) {
      return repository.save(
        repository.create({
          register,
          fileHash,
          status: 'unchanged',
          totalLines: lines.length,
          processedLines: lines.length,
          startedAt: now,
          finishedAt: now,
        }),
      );
    }
    return this.jobs.submit(this.dataSource.manager, 'register-import', async (manager) => {
      const job = await manager.getRepository(RegisterImport).save(
        manager.getRepository(RegisterImport).create({
          register,
          fileHash,
          status: 'running',
          totalLines: lines.length,
          processedLines: 0,
          startedAt: now,
          finishedAt: null,
        }),
      );
      // The numbers and addresses are people's: sealed with the import's key until it ends.
      const key = await this.vault.keyFor(manager, job.id, now);
      await manager.query('UPDATE register_import SET file = $2 WHERE id = $1', [
        job.id,
        sealBytes(key, Buffer.from(lines.join('\n'))),
      ]);
      return job;
    });
  }

  async step(id: string): Promise<'done'> {
    try {
      await this.dataSource.transaction(async (manager) => {
        // A second run of the same job (a retry racing a slow first try) leaves it alone. Not a row lock:
        // the progress below is written to that row through another connection.
        const [{ mine } = { mine: false }] = await manager.query<{ mine: boolean }[]>(
          `SELECT pg_try_advisory_xact_lock(hashtext('register_import'), hashtext($1)) AS mine`,
          [id],
        );
        const [job] = await manager.query<Pick<RegisterImport, 'register' | 'status' | 'file'>[]>(
          'SELECT register, status, file FROM register_import WHERE id = $1',
          [id],
        );
        if (!mine || !job || job.status !== 'running') return;
        const key = await this.vault.keyOf(manager, id);
        if (!job.file || !key) throw new Error('The register file is gone');
        const lines = openBytes(key, job.file).toString('utf8').split('\n');
        const normalize = job.register === 'do-not-call-me' ? normalizedNumber : normalizedAddress;
        await manager.query('CREATE TEMPORARY TABLE incoming (identifier text PRIMARY KEY) ON COMMIT DROP');
        let rejected = 0;
        for (let start = 0; start < lines.length; start += chunkSize) {
          // A number is the first column; an address is the whole line (its columns are its parts).
          const chunk = lines
            .slice(start, start + chunkSize)
            .map((line) => normalize(job.register === 'do-not-call-me' ? (line.split(/[;,]/)[0] ?? '') : line));
          // The register's numbers and addresses are people's: only their blind indexes are kept.
          const valid = chunk
            .filter((identifier): identifier is string => identifier !== null)
            .map((identifier) => this.vault.index(identifier));
          rejected += chunk.length - valid.length;
          await manager.query('INSERT INTO incoming (identifier) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [
            valid,
          ]);
          // Progress goes through another connection, so it is visible before this transaction commits.
          await this.dataSource.query(
            'UPDATE register_import SET processed_lines = $2, rejected_lines = $3 WHERE id = $1',
            [id, Math.min(start + chunkSize, lines.length), rejected],
          );
        }
        const removed = await manager.query(
          `DELETE FROM register_entry WHERE register = $1
           AND identifier NOT IN (SELECT identifier FROM incoming) RETURNING identifier`,
          [job.register],
        );
        const added: unknown[] = await manager.query(
          `INSERT INTO register_entry (register, identifier) SELECT $1, identifier FROM incoming
           ON CONFLICT DO NOTHING RETURNING identifier`,
          [job.register],
        );
        await manager.query(
          `UPDATE register_import SET status = 'done', added = $2, removed = $3, finished_at = $4, file = NULL WHERE id = $1`,
          [id, added.length, returnedRows(removed).length, this.clock.now()],
        );
      });
    } catch (error) {
      await this.giveUp(id, error instanceof Error ? error.message : String(error));
    }
    return 'done';
  }

  async giveUp(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE register_import SET status = 'failed', error = $2, finished_at = $3, file = NULL WHERE id = $1 AND status = 'running'`,
      [id, reason, this.clock.now()],
    );
  }
}
