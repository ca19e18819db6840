import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import type { RequestContext } from '../common/caller.js';
import type { MarketingService } from './marketing.service.js';
import {
  CampaignCheckDenialView,
  CampaignCheckView,
  MarketingDecisionView,
  RegisterImportView,
} from './marketing.types.js';

const requesters = [Access.DownstreamSystem, Access.CustomerServiceAgent, Access.DataProtectionOfficer];

@Resolver()
export class MarketingResolver {
  constructor(private readonly marketing: MarketingService) {}

  @Authorized(...requesters)
  @Query(() => [MarketingDecisionView], {
    description:
      'May this channel reach these numbers or addresses for marketing? Up to 10,000 a call, in order, with the reason of each denial. Systems need the direct-marketing scope.',
  })
  marketingDecisions(
    @Ctx() context: RequestContext,
    @Arg('channel', () => String) channel: string,
    @Arg('identifiers', () => [String]) identifiers: string[],
  ) {
    return this.marketing.decisions(context.caller, channel, identifiers);
  }

  @Authorized(...requesters)
  @Query(() => CampaignCheckView, { description: 'The progress of a campaign file check (POST /campaign-checks).' })
  campaignCheck(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return this.marketing.campaignCheck(context.caller, id);
  }

  @Authorized(...requesters)
  @Query(() => [CampaignCheckDenialView], { description: 'The lines of a checked campaign file that may not be used.' })
  campaignCheckDenials(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('first', () => Int, { defaultValue: 1000 }) first: number,
    @Arg('afterLine', () => Int, { defaultValue: 0 }) afterLine: number,
  ) {
    return this.marketing.denials(context.caller, id, first, afterLine);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => [RegisterImportView], {
    description: 'The imports of the outside registers, newest first, with progress.',
  })
  registerImports() {
    return this.marketing.registerImports();
  }
}
