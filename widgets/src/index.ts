/** Every widget; importing this module registers all their tags. */

export { PxAccountAccess } from './elements/px-account-access/px-account-access.js';
export { PxAdsPreferences } from './elements/px-ads-preferences/px-ads-preferences.js';
export { PxConsentToggle } from './elements/px-consent-toggle/px-consent-toggle.js';
export { PxDataRequests } from './elements/px-data-requests/px-data-requests.js';
export { PxLocationReporting } from './elements/px-location-reporting/px-location-reporting.js';
export { PxMarketingPreferences } from './elements/px-marketing-preferences/px-marketing-preferences.js';
export { PxPasskeys } from './elements/px-passkeys/px-passkeys.js';
export { PxPrivacyCenter } from './elements/px-privacy-center/px-privacy-center.js';
export { PxSignIn } from './elements/px-sign-in/px-sign-in.js';
export type { ChangeDetail, PxEventDetails, RequestFiledDetail } from './events/px-events.js';
export { type Session, sessionStore } from './session/session-store.js';
