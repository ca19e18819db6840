import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { openBytes, sealBytes } from '../common/envelope-encryption.js';
import type { JobHandler, JobRunner } from '../common/job-runner.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { MarketingChannel } from '../purposes/index.js';
import { CampaignCheck } from './campaign-check.entity.js';
import { CampaignChunks, chunkSize } from './campaign-chunks.js';
import { decidePrepared, type MarketingDecision, subjectsAt } from './marketing-decisions.js';

interface Checkpoint {
  status: string;
  channel: MarketingChannel;
  processed: number;
  total: number;
}

/**
 * Checks a campaign file (a million numbers or addresses) in chunks with the same rules as
 * `marketingDecisions`, keeping only the denials; progress is visible while it runs. Each chunk
 * is a job step that commits its denials with the new checkpoint, so a check resumes where it was
 * after a crash, on any gateway.
 */
export class CampaignCheckService implements JobHandler {
  private readonly chunks: CampaignChunks;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly vault: PersonalDataVault,
  ) {
    this.chunks = new CampaignChunks(vault);
  }

  async start(requestedBy: string, channel: MarketingChannel, file: string): Promise<CampaignCheck> {
    const identifiers = file
      .split(/\r?\n/)
      .map((line) => line.split(/[;,]/)[0]?.trim() ?? '')
      .filter((identifier) => identifier.length > 0);
    const check = await this.jobs.submit(this.dataSource.manager, 'campaign-check', async (manager) => {
      const repository = manager.getRepository(CampaignCheck);
      const check = await repository.save(
        repository.create({
          channel,
          requestedBy,
          status: identifiers.length > 0 ? 'running' : 'done',
          total: identifiers.length,
          startedAt: this.clock.now(),
          finishedAt: identifiers.length > 0 ? null : this.clock.now(),
        }),
      );
      // The identifiers are people's: kept sealed with the check's key until it ends, for any gateway to resume.
      const key = await this.vault.keyFor(manager, check.id, this.clock.now());
      await manager.query('UPDATE campaign_check SET file = $2 WHERE id = $1', [
        check.id,
        sealBytes(key, Buffer.from(identifiers.join('\n'))),
      ]);
      return check;
    });
    // Its first step most likely runs on this gateway: no need to open what it just sealed.
    if (identifiers.length > 0) this.chunks.keep(check.id, identifiers);
    return check;
  }

  async step(id: string): Promise<'done' | 'again'> {
    try {
      return await this.dataSource.transaction((manager) => this.checkNextChunk(manager, id));
    } catch (error) {
      await this.fail(id, error instanceof Error ? error.message : String(error));
      return 'done';
    }
  }

  /** The file's identifiers: open on this gateway, else opened from the check's row. */
  private async identifiers(manager: EntityManager, id: string, checkKey: Buffer): Promise<void> {
    if (this.chunks.identifiers(id)) return;
    const [row] = await manager.query<{ file: Buffer | null }[]>('SELECT file FROM campaign_check WHERE id = $1', [id]);
    if (!row?.file) throw new Error('The campaign file is gone');
    this.chunks.keep(id, openBytes(checkKey, row.file).toString('utf8').split('\n'));
  }

  async giveUp(id: string, reason: string): Promise<void> {
    await this.fail(id, reason);
  }

  private async checkNextChunk(manager: EntityManager, id: string): Promise<'done' | 'again'> {
    // Locked for the step: a second run of the same step (a retry racing a slow first try) finds it busy and leaves.
    const [check] = await manager.query<Checkpoint[]>(
      'SELECT status, channel, processed, total FROM campaign_check WHERE id = $1 FOR UPDATE SKIP LOCKED',
      [id],
    );
    if (!check) return 'done';
    if (check.status !== 'running') {
      this.chunks.forget(id);
      return 'done';
    }
    const checkKey = await this.vault.keyOf(manager, id);
    if (!checkKey) throw new Error('The campaign file is gone');
    await this.identifiers(manager, id, checkKey);
    const start = check.processed;
    const chunk = await this.chunks.chunk(id, check.channel, start);
    const deciding = decidePrepared(manager, chunk);
    this.chunks.prepareAhead(id, check.channel, start + chunkSize);
    const decisions = await deciding;
    const positions = decisions.flatMap((decision, index) => (decision.allowed ? [] : [index]));
    // A known person's identifier is sealed with their key (their erasure shreds it), any other with the check's.
    const subjects = await subjectsAt(manager, chunk, positions);
    const keys = await this.vault.keysOf(manager, [...subjects.values()]);
    const denials = positions.map((position) => {
      const subjectId = subjects.get(position);
      const key = (subjectId && keys.get(subjectId)) || checkKey;
      const decision = decisions[position] as MarketingDecision;
      return {
        line: start + position + 1,
        identifier: sealBytes(key, Buffer.from(decision.identifier)),
        sealedFor: key === checkKey ? id : (subjectId as string),
        reason: decision.reason,
      };
    });
    const processed = start + chunk.identifiers.length;
    const finished = processed >= check.total;
    if (finished) this.chunks.forget(id);
    await manager.query(
      `WITH denials AS (
         INSERT INTO campaign_check_denial (check_id, line, identifier, sealed_for, reason)
         SELECT $1, * FROM unnest($2::int[], $3::bytea[], $4::uuid[], $5::text[])
       )
       UPDATE campaign_check SET processed = $6, denied = denied + $7,
         status = CASE WHEN $8 THEN 'done' ELSE status END,
         finished_at = CASE WHEN $8 THEN $9::timestamptz END,
         file = CASE WHEN $8 THEN NULL ELSE file END
       WHERE id = $1`,
      [
        id,
        denials.map((denial) => denial.line),
        denials.map((denial) => denial.identifier),
        denials.map((denial) => denial.sealedFor),
        denials.map((denial) => denial.reason),
        processed,
        denials.length,
        finished,
        this.clock.now(),
      ],
    );
    return finished ? 'done' : 'again';
  }

  private async fail(id: string, error: string): Promise<void> {
    this.chunks.forget(id);
    await this.dataSource.query(
      `UPDATE campaign_check SET status = 'failed', error = $2, finished_at = $3, file = NULL WHERE id = $1 AND status = 'running'`,
      [id, error, this.clock.now()],
    );
  }
}
