/** What other folders may use of visitors: the cookie banner's operations, and whose browser a visitor is. */
export { CookieConsentResolver } from './cookie-consent.resolver.js';
export { CookieConsentService } from './cookie-consent.service.js';
export { personLinkedTo } from './linked-person.js';
export { VisitorLimits } from './visitor-limits.js';
export { VisitorLinkingService } from './visitor-linking.service.js';
