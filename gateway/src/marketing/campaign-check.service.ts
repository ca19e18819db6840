import type { DataSource } from 'typeorm';
import type { BackgroundJobs } from '../common/background-jobs.js';
import type { Clock } from '../common/clock.js';
import { sealBytes } from '../common/envelope-encryption.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
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
      let denied = 0;
      for (let start = 0; start < identifiers.length; start += chunkSize) {
        const chunk = identifiers.slice(start, start + chunkSize);
        const manager = this.dataSource.manager;
        const decisions = await decideMarketing(manager, this.vault, channel, chunk);
        const denials = decisions
          .map((decision, index) => ({
            ...decision,
            line: start + index + 1,
            sealedFor: decision.subjectId ?? check.id,
          }))
          .filter((decision) => !decision.allowed);
        denied += denials.length;
        // A known person's identifier is sealed with their key (their erasure shreds it), any other with the check's.
        const keys = await this.vault.keysOf(
          manager,
          denials.map((denial) => denial.sealedFor),
        );
        if (denials.some((denial) => denial.sealedFor === check.id) && !keys.has(check.id)) {
          keys.set(check.id, await this.vault.keyFor(manager, check.id, this.clock.now()));
        }
        await this.dataSource.query(
          `WITH denials AS (
             INSERT INTO campaign_check_denial (check_id, line, identifier, sealed_for, reason)
             SELECT $1, * FROM unnest($2::int[], $3::bytea[], $4::uuid[], $5::text[])
           )
           UPDATE campaign_check SET processed = $6, denied = $7 WHERE id = $1`,
          [
            check.id,
            denials.map((denial) => denial.line),
            denials.map((denial) => sealBytes(keys.get(denial.sealedFor) as Buffer, Buffer.from(denial.identifier))),
            denials.map((denial) => denial.sealedFor),
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
