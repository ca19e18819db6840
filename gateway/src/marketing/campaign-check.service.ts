import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { openBytes, sealBytes } from '../common/envelope-encryption.js';
import type { JobHandler, JobRunner } from '../common/job-runner.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { MarketingChannel } from '../purposes/index.js';
import { CampaignCheck } from './campaign-check.entity.js';
import { decidePrepared, type MarketingDecision, prepareIdentifiers, subjectsAt } from './marketing-decisions.js';

/** One job step: bigger than an API call's 10,000 (fewer round trips for a million lines), well inside a step's timeout. */
const chunkSize = 50_000;

interface Checkpoint {
  status: string;
  channel: MarketingChannel;
  processed: number;
  total: number;
  file: Buffer | null;
}

/**
 * Checks a campaign file (a million numbers or addresses) in chunks with the same rules as
 * `marketingDecisions`, keeping only the denials; progress is visible while it runs. Each chunk
 * is a job step that commits its denials with the new checkpoint, so a check resumes where it was
 * after a crash, on any gateway.
 */
export class CampaignCheckService implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly vault: PersonalDataVault,
  ) {}

  async start(requestedBy: string, channel: MarketingChannel, file: string): Promise<CampaignCheck> {
    const identifiers = file
      .split(/\r?\n/)
      .map((line) => line.split(/[;,]/)[0]?.trim() ?? '')
      .filter((identifier) => identifier.length > 0);
    return this.jobs.submit(this.dataSource.manager, 'campaign-check', async (manager) => {
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
  }

  async step(id: string): Promise<'done' | 'again'> {
    try {
      return await this.dataSource.transaction((manager) => this.checkNextChunk(manager, id));
    } catch (error) {
      await this.fail(id, error instanceof Error ? error.message : String(error));
      return 'done';
    }
  }

  async giveUp(id: string, reason: string): Promise<void> {
    await this.fail(id, reason);
  }

  private async checkNextChunk(manager: EntityManager, id: string): Promise<'done' | 'again'> {
    // Locked for the step: a second run of the same step (a retry racing a slow first try) finds it busy and leaves.
    const [check] = await manager.query<Checkpoint[]>(
      'SELECT status, channel, processed, total, file FROM campaign_check WHERE id = $1 FOR UPDATE SKIP LOCKED',
      [id],
    );
    if (check?.status !== 'running') return 'done';
    const checkKey = await this.vault.keyOf(manager, id);
    if (!check.file || !checkKey) throw new Error('The campaign file is gone');
    const start = check.processed;
    const identifiers = openBytes(checkKey, check.file)
      .toString('utf8')
      .split('\n')
      .slice(start, start + chunkSize);
    const chunk = prepareIdentifiers(this.vault, check.channel, identifiers);
    const decisions = await decidePrepared(manager, chunk);
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
    const processed = start + identifiers.length;
    const finished = processed >= check.total;
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
    await this.dataSource.query(
      `UPDATE campaign_check SET status = 'failed', error = $2, finished_at = $3, file = NULL WHERE id = $1 AND status = 'running'`,
      [id, error, this.clock.now()],
    );
  }
}
