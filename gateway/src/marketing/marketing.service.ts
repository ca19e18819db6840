import { isUUID } from 'class-validator';
import { type DataSource, MoreThan } from 'typeorm';
import type { Caller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { checkPageSize, cursorNotGiven, decodeCursor, encodeCursor, forwardPage } from '../common/cursor.js';
import { badUserInput, forbidden, notFound } from '../common/errors.js';
import { derivedId } from '../common/object-id.js';
import type { ConnectionPage } from '../common/page-info.js';
import { logStaffRead } from '../common/staff-reads.js';
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

const maxDenialsPage = 10_000;
const maxImportsPage = 200;
const fileLine = /^\d{1,9}$/;
const importPoint =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

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
    private readonly clock: Clock,
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
      Object.assign(new MarketingDecisionView(), {
        id: derivedId('MarketingDecision', channel, identifier),
        identifier,
        allowed,
        reason,
      }),
    );
  }

  async campaignCheck(caller: Caller, id: string): Promise<CampaignCheckView> {
    const check = await this.ownCheck(caller, id);
    return Object.assign(new CampaignCheckView(), check, {
      progress: check.total === 0 ? 1 : check.processed / check.total,
    });
  }

  async denials(
    caller: Caller,
    id: string,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionPage<CampaignCheckDenialView>> {
    checkPageSize(first, maxDenialsPage);
    const afterLine = after ? Number(decodeCursor('denial', after, fileLine)) : 0;
    await this.ownCheck(caller, id);
    const denials = await this.dataSource.getRepository(CampaignCheckDenial).find({
      where: { checkId: id, line: MoreThan(afterLine) },
      order: { line: 'ASC' },
      take: first + 1,
    });
    const keys = await this.vault.keysOf(
      this.dataSource.manager,
      denials.map((denial) => denial.sealedFor),
    );
    // A denial sealed for a subject tells staff that person's choice (an objection, a register): a staff read.
    if (caller.kind === 'person') {
      const now = this.clock.now();
      const subjects = new Set(denials.slice(0, first).map((denial) => denial.sealedFor));
      subjects.delete(id);
      for (const subjectId of subjects)
        await logStaffRead(this.dataSource.manager, caller, subjectId, 'campaignCheckDenials', now);
    }
    return forwardPage(
      denials,
      first,
      (denial) => encodeCursor('denial', String(denial.line)),
      (denial) =>
        Object.assign(new CampaignCheckDenialView(), {
          id: derivedId('CampaignCheckDenial', id, String(denial.line)),
          line: denial.line,
          identifier: this.vault.open(keys.get(denial.sealedFor), denial.identifier),
          reason: denial.reason,
        }),
    );
  }

  /** Newest first; the cursor holds the start time and the id, as the office queue's does. */
  async registerImports(first: number, after: string | null | undefined): Promise<ConnectionPage<RegisterImportView>> {
    checkPageSize(first, maxImportsPage);
    const query = this.dataSource.getRepository(RegisterImport).createQueryBuilder('job');
    if (after) {
      const [, at, id] = importPoint.exec(decodeCursor('register-import', after, importPoint)) ?? [];
      const startedAt = new Date(at as string);
      if (Number.isNaN(startedAt.getTime()) || startedAt.toISOString() !== at) throw cursorNotGiven();
      query.where('(job.started_at, job.id) < (:startedAt, :id)', { startedAt, id });
    }
    const imports = await query
      .orderBy('job.started_at', 'DESC')
      .addOrderBy('job.id', 'DESC')
      .take(first + 1)
      .getMany();
    return forwardPage(
      imports,
      first,
      (job) => encodeCursor('register-import', `${job.startedAt.toISOString()}|${job.id}`),
      registerImportView,
    );
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
