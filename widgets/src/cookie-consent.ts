/**
 * The cookie banner's entry point: `<px-cookie-consent>` alone, for every page of the operator's
 * sites, with its own bundle-size budget (15 kB gzip, build/cookie-build.ts). Nothing of the
 * person widgets (session, GraphQL client, dictionaries) is imported: a visitor pays only for this.
 */
performance.mark('px-cookie-consent:script');

export type { PxConsentApi } from './cookie-consent/consent-api.js';
export type { ConsentState } from './cookie-consent/consent-state.js';
export { PxCookieConsent } from './elements/px-cookie-consent/px-cookie-consent.js';
