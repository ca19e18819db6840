/** What other folders may use of visitors: the cookie banner's operations. */
export { CookieConsentResolver } from './cookie-consent.resolver.js';
export { CookieConsentService } from './cookie-consent.service.js';
export { VisitorLimits } from './visitor-limits.js';
export { VisitorLinkingService } from './visitor-linking.service.js';
