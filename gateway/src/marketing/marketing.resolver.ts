import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import type { RequestContext } from '../common/caller.js';
import type { MarketingService } from './marketing.service.js';
import {
  CampaignCheckDenialConnectionView,
  CampaignCheckView,
  MarketingDecisionView,
  RegisterImportConnectionView,
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
    @Arg('channel', () => String, { description: 'The channel key: phone, sms, email, post or web-popup.' })
    channel: string,
    @Arg('identifiers', () => [String], { description: 'Phone numbers or e-mail addresses, as the campaign has them.' })
    identifiers: string[],
  ) {
    return this.marketing.decisions(context.caller, channel, identifiers);
  }

  @Authorized(...requesters)
  @Query(() => CampaignCheckView, { description: 'The progress of a campaign file check (POST /campaign-checks).' })
  campaignCheck(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The id POST /campaign-checks answered.' }) id: string,
  ) {
    return this.marketing.campaignCheck(context.caller, id);
  }

  @Authorized(...requesters)
  @Query(() => CampaignCheckDenialConnectionView, {
    description: 'The lines of a checked campaign file that may not be used, in file order.',
  })
  campaignCheckDenials(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The campaign check.' }) id: string,
    @Arg('first', () => Int, { defaultValue: 1000, description: 'How many lines to return, 1 to 10,000.' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `endCursor` of the previous page; omitted: from the first line.',
    })
    after: string | null,
  ) {
    return this.marketing.denials(context.caller, id, first, after);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => RegisterImportConnectionView, {
    description: 'The imports of the outside registers, newest first, with progress.',
  })
  registerImports(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many to return, 1 to 200.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `endCursor` of the previous page; omitted: from the newest.',
    })
    after: string | null,
  ) {
    return this.marketing.registerImports(first, after);
  }
}
