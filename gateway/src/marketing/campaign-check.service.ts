import type { DataSource } from 'typeorm';
import type { BackgroundJobs } from '../common/background-jobs.js';
import type { Clock } from '../common/clock.js';
import type { MarketingChannel } from '../purposes/purpose-catalogue.js';
import { CampaignCheck } from './campaign-check.entity.js';
import { decideMarketing } from './marketing-decisions.js';

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
      let denied = 0;
      for (let start = 0; start < identifiers.length; start += chunkSize) {
        const chunk = identifiers.slice(start, start + chunkSize);
        const decisions = await decideMarketing(this.dataSource.manager, channel, chunk);
        const denials = decisions
          .map((decision, index) => ({ ...decision, line: start + index + 1 }))
          .filter((decision) => !decision.allowed);
        denied += denials.length;
        await this.dataSource.query(
          `WITH denials AS (
             INSERT INTO campaign_check_denial (check_id, line, identifier, reason)
             SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])
           )
           UPDATE campaign_check SET processed = $5, denied = $6 WHERE id = $1`,
          [
            check.id,
            denials.map((denial) => denial.line),
            denials.map((denial) => denial.identifier),
            denials.map((denial) => denial.reason),
            start + chunk.length,
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
