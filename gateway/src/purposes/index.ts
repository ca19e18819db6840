/** What other folders may use of purposes: the catalogue and its views. */
export { PurposeView } from './purpose.types.js';
export type { MarketingChannel, PurposeDefinition, PurposeKey } from './purpose-catalogue.js';
export {
  allowedByDefault,
  cookiePurposes,
  findPurpose,
  isSwitchable,
  marketingChannels,
  purposeCatalogue,
  purposeKeys,
} from './purpose-catalogue.js';
export { channelLabel, latestTextVersion, purposeView, textVersion } from './purpose-views.js';
export { PurposesResolver } from './purposes.resolver.js';
