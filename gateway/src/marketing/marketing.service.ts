import { isUUID } from 'class-validator';
import { type DataSource, MoreThan } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { badUserInput, forbidden, notFound } from '../common/errors.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { type MarketingChannel, marketingChannels } from '../purposes/index.js';
import { RegisterImport } from '../registers/index.js';
import { CampaignCheck, CampaignCheckDenial } from './campaign-check.entity.js';
import {
  CampaignCheckDenialView,
  CampaignCheckView,
  MarketingDecisionView,
  RegisterImportView,
} from './marketing.types.js';
import { decideMarketing, isMarketingChannel, maxIdentifiersPerCall } from './marketing-decisions.js';

/** Who may ask marketing decisions: a system scoped to direct marketing, an agent, the DPO. */
export function requesterOf(caller: Caller): string {
  if (caller.kind === 'system') {
    if (!caller.purposes.includes('direct-marketing'))
      throw forbidden('This system is not scoped to direct marketing.');
    return caller.systemId;
  }
  if (caller.kind === 'person' && caller.staffRole) return caller.personId;
  throw forbidden();
}

export function validChannel(channel: string): MarketingChannel {
  if (!isMarketingChannel(channel)) {
    throw badUserInput(`Unknown channel "${channel}". Channels: ${marketingChannels.join(', ')}.`, {
      field: 'channel',
    });
  }
  return channel;
}

/** Marketing decisions for campaign tools, and the office's view of the register imports. */
export class MarketingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
  ) {}

  async decisions(caller: Caller, channel: string, identifiers: string[]): Promise<MarketingDecisionView[]> {
    requesterOf(caller);
    if (identifiers.length > maxIdentifiersPerCall) {
      throw badUserInput(
        `At most ${maxIdentifiersPerCall} identifiers a call; check a whole file with a campaign check.`,
        {
          field: 'identifiers',
        },
      );
    }
    const decisions = await decideMarketing(this.dataSource.manager, this.vault, validChannel(channel), identifiers);
    return decisions.map(({ identifier, allowed, reason }) =>
      Object.assign(new MarketingDecisionView(), { identifier, allowed, reason }),
    );
  }

  async campaignCheck(caller: Caller, id: string): Promise<CampaignCheckView> {
    const check = await this.ownCheck(caller, id);
    return Object.assign(new CampaignCheckView(), check, {
      progress: check.total === 0 ? 1 : check.processed / check.total,
    });
  }

  async denials(caller: Caller, id: string, first: number, afterLine: number): Promise<CampaignCheckDenialView[]> {
    await this.ownCheck(caller, id);
    const denials = await this.dataSource.getRepository(CampaignCheckDenial).find({
      where: { checkId: id, line: MoreThan(afterLine) },
      order: { line: 'ASC' },
      take: Math.min(Math.max(first, 1), 10_000),
    });
    const keys = await this.vault.keysOf(
      this.dataSource.manager,
      denials.map((denial) => denial.sealedFor),
    );
    return denials.map((denial) =>
      Object.assign(new CampaignCheckDenialView(), {
        line: denial.line,
        identifier: this.vault.open(keys.get(denial.sealedFor), denial.identifier),
        reason: denial.reason,
      }),
    );
  }

  async registerImports(): Promise<RegisterImportView[]> {
    const imports = await this.dataSource
      .getRepository(RegisterImport)
      .find({ order: { startedAt: 'DESC' }, take: 50 });
    return imports.map((job) => registerImportView(job));
  }

  private async ownCheck(caller: Caller, id: string): Promise<CampaignCheck> {
    const requester = requesterOf(caller);
    const check = isUUID(id) ? await this.dataSource.getRepository(CampaignCheck).findOneBy({ id }) : null;
    const office = caller.kind === 'person' && caller.staffRole === 'data-protection-officer';
    if (!check || (!office && check.requestedBy !== requester)) throw notFound('No such campaign check.');
    return check;
  }
}

export function registerImportView(job: RegisterImport): RegisterImportView {
  return Object.assign(new RegisterImportView(), job, {
    progress: job.totalLines === 0 ? 1 : job.processedLines / job.totalLines,
  });
}
