/** What other folders may use of identity: people, accounts, lines, subjects and who may see which line. */
export { AccountRolesService } from './account-roles.service.js';
export { ContactDetailsService } from './contact-details.service.js';
export { IdentityResolver } from './identity.resolver.js';
export { IdentityService } from './identity.service.js';
export { SubscriptionView } from './identity.types.js';
export { subscriptionView } from './identity.views.js';
export { MarketingContact } from './marketing-contact.entity.js';
export { contactIdentifiers, createContact, findContact } from './marketing-contacts.js';
export {
  createPerson,
  findPersonByEmail,
  knownPerson,
  normalizedEmailOf,
  updateProfile,
  withProfile,
  withProfiles,
} from './people.js';
export { Person } from './person.entity.js';
export { belgianMobileNumber, belgianPhoneNumber, maskPhoneNumber } from './phone-number.js';
export type { LineFacts, Subject } from './subjects.js';
export { findSubject, subjectFor, subjectNotFound } from './subjects.js';
export { Subscription, SubscriptionKind } from './subscription.entity.js';
export { linesVisibleTo, peopleWhoSee, visibleLineIds } from './subscription-access.js';
