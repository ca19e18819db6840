import {
  type ChoiceFragment,
  GrantConsentDocument,
  type Language,
  type PersonalizedAdsKind,
  SetLocationReportingOptOutDocument,
  SetMarketingObjectionDocument,
  SetPersonalizedAdsDocument,
  SetPreferenceDocument,
  WithdrawConsentDocument,
} from '../graphql/generated.js';
import type { GraphQLClient } from '../graphql/graphql-client.js';

/** One switch: a purpose of a subject (the person or a line), or one marketing channel of it. */
export interface ChoiceTarget {
  state: ChoiceFragment;
  channel: string | null;
}

/** Stable within a page: names the switch in the DOM (`data-choice`) and in pending changes. */
export function choiceKey({ state, channel }: ChoiceTarget): string {
  return [state.purpose.key, channel, state.subjectId].filter(Boolean).join(':');
}

export function allowedIn({ state, channel }: ChoiceTarget): boolean {
  if (!channel) return state.allowed;
  return state.channels.find((option) => option.channel === channel)?.allowed ?? false;
}

const adsKinds: Record<string, PersonalizedAdsKind> = {
  'web-personalized-ads': 'WEB_PROFILE',
  'ads-partner-profiling': 'ADS_PARTNER_PROFILING',
  'ads-partner-selection': 'ADS_PARTNER_SELECTION',
  'ads-partner-measurement': 'ADS_PARTNER_MEASUREMENT',
  'tv-personalized-ads': 'TV_ADS',
  'tv-recommendations': 'TV_RECOMMENDATIONS',
};

/** Sends the mutation that the gateway names for this purpose; returns the new state. */
export async function saveChoice(
  client: GraphQLClient,
  { state, channel }: ChoiceTarget,
  allowed: boolean,
  language: Language,
): Promise<ChoiceFragment> {
  const common = { subjectId: state.subjectId, textVersion: state.purpose.textVersion, language };
  const purpose = state.purpose.key;
  const adsKind = adsKinds[purpose];
  if (purpose === 'direct-marketing') {
    const input = { ...common, channel, objected: !allowed };
    return (await client.mutate(SetMarketingObjectionDocument, input)).setMarketingObjection;
  }
  if (purpose === 'location-reporting') {
    const input = { ...common, optedOut: !allowed };
    return (await client.mutate(SetLocationReportingOptOutDocument, input)).setLocationReportingOptOut;
  }
  if (adsKind) {
    const input = { ...common, kind: adsKind, enabled: allowed };
    return (await client.mutate(SetPersonalizedAdsDocument, input)).setPersonalizedAds;
  }
  if (state.purpose.legalBasis === 'CONSENT' && state.purpose.scope === 'PERSON') {
    const input = { ...common, purpose };
    return allowed
      ? (await client.mutate(GrantConsentDocument, input)).grantConsent
      : (await client.mutate(WithdrawConsentDocument, input)).withdrawConsent;
  }
  const input = { ...common, purpose, channel, allowed };
  return (await client.mutate(SetPreferenceDocument, input)).setPreference;
}
