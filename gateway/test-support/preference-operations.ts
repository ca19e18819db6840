/** GraphQL documents of the preference tests, written once. */
const state =
  'subjectId allowed reason decidedOnTextVersion lastEventId purpose { key textVersion } channels { channel allowed reason }';

export const grantConsent = `mutation($input: ConsentInput!) { grantConsent(input: $input) { ${state} } }`;
export const withdrawConsent = `mutation($input: ConsentInput!) { withdrawConsent(input: $input) { ${state} } }`;
export const setMarketingObjection = `mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { ${state} } }`;
export const setPersonalizedAds = `mutation($input: PersonalizedAdsInput!) { setPersonalizedAds(input: $input) { ${state} } }`;
export const setLocationReportingOptOut = `mutation($input: LocationReportingOptOutInput!) {
  setLocationReportingOptOut(input: $input) { ${state} }
}`;
export const setPreference = `mutation($input: PreferenceInput!) { setPreference(input: $input) { ${state} } }`;
export const recordNonCustomerObjection = `mutation($input: NonCustomerObjectionInput!) {
  recordNonCustomerObjection(input: $input) { ${state} }
}`;

export const privacyPreferences = `query($subjectId: ID, $lang: Language) {
  privacyPreferences(subjectId: $subjectId, lang: $lang) {
    subjectId subjectKind language
    purposes { ${state} }
    subscriptions { subscription { id kind phoneNumber assignedToMe } purposes { ${state} } }
  }
}`;

export const preferenceHistory = `query($subjectId: ID, $first: Int, $after: String) {
  preferenceHistory(subjectId: $subjectId, first: $first, after: $after) {
    edges { cursor node { id subjectId sequence purpose channel decision allowed actorKind actorId collectionChannel textVersion language } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const verifyLedger = `query($subjectId: ID!) {
  verifyLedger(subjectId: $subjectId) { valid eventsChecked firstInvalidEventId firstInvalidSequence problem }
}`;

export const preferenceReceipt = 'query($eventId: ID!) { preferenceReceipt(eventId: $eventId) }';

export interface PurposeState {
  subjectId: string;
  allowed: boolean;
  reason: string;
  decidedOnTextVersion: number | null;
  lastEventId: string | null;
  purpose: { key: string; textVersion: number };
  channels: { channel: string; allowed: boolean; reason: string }[];
}

export interface PrivacyPreferences {
  subjectId: string;
  subjectKind: string;
  language: string;
  purposes: PurposeState[];
  subscriptions: { subscription: { id: string; kind: string; phoneNumber: string | null }; purposes: PurposeState[] }[];
}
