import type { DataSource } from 'typeorm';
import type { BackgroundJobs } from '../common/background-jobs.js';
import type { Clock } from '../common/clock.js';
import { sealBytes } from '../common/envelope-encryption.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { MarketingChannel } from '../purposes/index.js';
import { CampaignCheck } from './campaign-check.entity.js';
import { decidePrepared, type MarketingDecision, prepareIdentifiers, subjectsAt } from './marketing-decisions.js';

/** Bigger than an API call's 10,000: fewer round trips for a million lines. */
const chunkSize = 50_000;

/**
 * Checks a campaign file (a million numbers or addresses) in chunks of 10,000 with the same
 * rules as `marketingDecisions`, keeping only the denials; progress is visible while it runs.
 */
export class CampaignCheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: BackgroundJobs,
    private readonly vault: PersonalDataVault,
  ) {}

  async start(requestedBy: string, channel: MarketingChannel, file: string): Promise<CampaignCheck> {
    const identifiers = file
      .split(/\r?\n/)
      .map((line) => line.split(/[;,]/)[0]?.trim() ?? '')
      .filter((identifier) => identifier.length > 0);
    const repository = this.dataSource.getRepository(CampaignCheck);
    const check = await repository.save(
      repository.create({
        channel,
        requestedBy,
        status: 'running',
        total: identifiers.length,
        startedAt: this.clock.now(),
      }),
    );
    this.jobs.run(() => this.process(check, channel, identifiers));
    return check;
  }

  private async process(check: CampaignCheck, channel: MarketingChannel, identifiers: string[]): Promise<void> {
    try {
      const manager = this.dataSource.manager;
      const checkKey = await this.vault.keyFor(manager, check.id, this.clock.now());
      const prepare = (start: number) =>
        prepareIdentifiers(this.vault, channel, identifiers.slice(start, start + chunkSize));
      let denied = 0;
      let next = identifiers.length > 0 ? prepare(0) : null;
      for (let start = 0; next; start += chunkSize) {
        const chunk = next;
        const deciding = decidePrepared(manager, chunk);
        // Handled below, after the next chunk is prepared: not an unhandled rejection meanwhile.
        deciding.catch(() => undefined);
        // The next chunk is normalised and keyed while the database decides this one.
        await new Promise((resolve) => setImmediate(resolve));
        next = start + chunkSize < identifiers.length ? prepare(start + chunkSize) : null;
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
            sealedFor: key === checkKey ? check.id : (subjectId as string),
            reason: decision.reason,
          };
        });
        denied += denials.length;
        await this.dataSource.query(
          `WITH denials AS (
             INSERT INTO campaign_check_denial (check_id, line, identifier, sealed_for, reason)
             SELECT $1, * FROM unnest($2::int[], $3::bytea[], $4::uuid[], $5::text[])
           )
           UPDATE campaign_check SET processed = $6, denied = $7 WHERE id = $1`,
          [
            check.id,
            denials.map((denial) => denial.line),
            denials.map((denial) => denial.identifier),
            denials.map((denial) => denial.sealedFor),
            denials.map((denial) => denial.reason),
            start + chunk.identifiers.length,
            denied,
          ],
        );
      }
      await this.dataSource.query(`UPDATE campaign_check SET status = 'done', finished_at = $2 WHERE id = $1`, [
        check.id,
        this.clock.now(),
      ]);
    } catch (error) {
      await this.dataSource.query(
        `UPDATE campaign_check SET status = 'failed', error = $2, finished_at = $3 WHERE id = $1`,
        [check.id, error instanceof Error ? error.message : String(error), this.clock.now()],
      );
    }
  }
}
