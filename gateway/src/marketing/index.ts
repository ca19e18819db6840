/** What other folders may use of marketing: campaign checks and the marketing decisions. */
export { CampaignCheckService } from './campaign-check.service.js';
export { MarketingResolver } from './marketing.resolver.js';
export { MarketingService, registerImportView, requesterOf, validChannel } from './marketing.service.js';
