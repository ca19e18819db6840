import type { ValueOf } from '../common/domain-list.js';
import type { SubscriptionKind } from '../identity/index.js';

/**
 * The purposes of DOMAIN.md. Keys and channel keys are contract: downstream systems and the
 * DPO's scripts use them. The legal basis decides the default and the verb.
 */
export const purposeKeys = [
  'direct-marketing',
  'group-sharing',
  'tv-personalized-ads',
  'tv-recommendations',
  'web-personalized-ads',
  'ads-partner-profiling',
  'ads-partner-selection',
  'ads-partner-measurement',
  'location-reporting',
  'loyalty-profiling',
  'loyalty-email',
  'home-wifi-marketing',
  'directory-listing',
  'directory-assistance',
  'testimonials',
  'service-delivery',
  'legal-obligations',
  'cookie-necessary',
  'cookie-preferences',
  'cookie-statistics',
  'cookie-marketing',
] as const;
export type PurposeKey = (typeof purposeKeys)[number];

export const marketingChannels = ['phone', 'sms', 'email', 'post', 'web-popup'] as const;
export type MarketingChannel = (typeof marketingChannels)[number];

/**
 * consent: off until the person says yes; legitimate-interest: on until the person objects;
 * contract and legal-obligation: shown for transparency, not switchable.
 */
export const LegalBasis = {
  CONSENT: 'consent',
  LEGITIMATE_INTEREST: 'legitimate-interest',
  CONTRACT: 'contract',
  LEGAL_OBLIGATION: 'legal-obligation',
} as const;
export type LegalBasis = ValueOf<typeof LegalBasis>;

/** VISITOR: cookies on the operator's sites, chosen by a visitor who need not be signed in (px-cookie-consent). */
export const PurposeScope = { PERSON: 'person', SUBSCRIPTION: 'subscription', VISITOR: 'visitor' } as const;
export type PurposeScope = ValueOf<typeof PurposeScope>;

export type PurposeCategory =
  | 'marketing'
  | 'advertising'
  | 'tv'
  | 'location'
  | 'directory'
  | 'loyalty'
  | 'service'
  | 'cookies';

export interface PurposeDefinition {
  key: PurposeKey;
  legalBasis: LegalBasis;
  scope: PurposeScope;
  /** For subscription-scoped purposes: the kinds of subscription they apply to. */
  subscriptionKinds: readonly SubscriptionKind[];
  /** Channels that can be chosen one by one (direct marketing only). */
  channels: readonly MarketingChannel[];
  /** Controllers besides Proximus (Art. 26 joint controllers). */
  jointControllers: readonly string[];
  category: PurposeCategory;
}

const proximusOnly: readonly string[] = [];
const adsAndData = ['Ads & Data SA (Harensesteenweg 226, 1800 Vilvoorde, KBO 0809.309.701)'] as const;

function purpose(
  key: PurposeKey,
  legalBasis: LegalBasis,
  category: PurposeCategory,
  options: Partial<Pick<PurposeDefinition, 'subscriptionKinds' | 'channels' | 'jointControllers' | 'scope'>> = {},
): PurposeDefinition {
  const subscriptionKinds = options.subscriptionKinds ?? [];
  return {
    key,
    legalBasis,
    category,
    scope: options.scope ?? (subscriptionKinds.length > 0 ? 'subscription' : 'person'),
    subscriptionKinds,
    channels: options.channels ?? [],
    jointControllers: options.jointControllers ?? proximusOnly,
  };
}

export const purposeCatalogue: readonly PurposeDefinition[] = [
  purpose('direct-marketing', 'legitimate-interest', 'marketing', { channels: marketingChannels }),
  purpose('group-sharing', 'legitimate-interest', 'marketing'),
  purpose('tv-personalized-ads', 'legitimate-interest', 'tv', { subscriptionKinds: ['tv'] }),
  purpose('tv-recommendations', 'legitimate-interest', 'tv', { subscriptionKinds: ['tv'] }),
  purpose('web-personalized-ads', 'consent', 'advertising'),
  purpose('ads-partner-profiling', 'consent', 'advertising', { jointControllers: adsAndData }),
  purpose('ads-partner-selection', 'consent', 'advertising', { jointControllers: adsAndData }),
  purpose('ads-partner-measurement', 'consent', 'advertising', { jointControllers: adsAndData }),
  purpose('location-reporting', 'legitimate-interest', 'location', { subscriptionKinds: ['mobile'] }),
  purpose('loyalty-profiling', 'legitimate-interest', 'loyalty'),
  purpose('loyalty-email', 'legitimate-interest', 'loyalty'),
  purpose('home-wifi-marketing', 'legitimate-interest', 'marketing'),
  purpose('directory-listing', 'consent', 'directory', { subscriptionKinds: ['mobile', 'fixed-voice'] }),
  purpose('directory-assistance', 'consent', 'directory', { subscriptionKinds: ['mobile', 'fixed-voice'] }),
  purpose('testimonials', 'consent', 'marketing'),
  purpose('service-delivery', 'contract', 'service'),
  purpose('legal-obligations', 'legal-obligation', 'service'),
  // The cookie categories of the operator's sites: strictly necessary ones need no consent (ePrivacy Art. 5(3)).
  purpose('cookie-necessary', 'contract', 'cookies', { scope: 'visitor' }),
  purpose('cookie-preferences', 'consent', 'cookies', { scope: 'visitor' }),
  purpose('cookie-statistics', 'consent', 'cookies', { scope: 'visitor' }),
  purpose('cookie-marketing', 'consent', 'cookies', { scope: 'visitor', jointControllers: adsAndData }),
];

/** The cookie categories, in the order the banner shows them. */
export const cookiePurposes = purposeCatalogue.filter((definition) => definition.scope === 'visitor');

const byKey = new Map(purposeCatalogue.map((definition) => [definition.key, definition]));

export function findPurpose(key: string): PurposeDefinition | undefined {
  return byKey.get(key as PurposeKey);
}

export function isSwitchable(definition: PurposeDefinition): boolean {
  return definition.legalBasis === 'consent' || definition.legalBasis === 'legitimate-interest';
}

/** What a purpose is when nobody has said anything: consent off, everything else on. */
export function allowedByDefault(definition: PurposeDefinition): boolean {
  return definition.legalBasis !== 'consent';
}
