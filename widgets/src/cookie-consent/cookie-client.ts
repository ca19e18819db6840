import type { CookieLanguage } from './i18n/cookie-dictionary.js';

/** A category as the gateway answers it: the purpose text in the language asked for and the visitor's state. */
export interface CategoryAnswer {
  purpose: { key: string; title: string; description: string; textVersion: number };
  allowed: boolean;
  reason: string;
}

export interface ConsentAnswer {
  needsAnswer: boolean;
  answeredAt: string | null;
  validUntil: string | null;
  categories: CategoryAnswer[];
}

export interface ConsentChoice {
  visitorId: string;
  site: string;
  language: CookieLanguage;
  method: 'ACCEPT_ALL' | 'REFUSE_ALL' | 'CUSTOM';
  choices: { purpose: string; allowed: boolean; textVersion: number }[];
  globalPrivacyControl: boolean;
  idempotencyKey: string;
}

const fields =
  'needsAnswer answeredAt validUntil categories { purpose { key title description textVersion } allowed reason }';

/** The banner's two operations, in a few lines of fetch: the person widgets' client would weigh more than the banner. */
async function call<Data>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Data> {
  const response = await fetch(`${gatewayUrl.replace(/\/+$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { extensions?: { code?: string } }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`);
  return body.data;
}

export async function readConsent(gatewayUrl: string, visitorId: string, lang: CookieLanguage): Promise<ConsentAnswer> {
  const data = await call<{ cookieConsent: ConsentAnswer }>(
    gatewayUrl,
    `query CookieConsent($visitorId: String!, $lang: Language!) { cookieConsent(visitorId: $visitorId, lang: $lang) { ${fields} } }`,
    { visitorId, lang },
  );
  return data.cookieConsent;
}

export async function answerConsent(gatewayUrl: string, input: ConsentChoice): Promise<ConsentAnswer> {
  const data = await call<{ setCookieConsent: ConsentAnswer }>(
    gatewayUrl,
    `mutation SetCookieConsent($input: CookieConsentInput!) { setCookieConsent(input: $input) { ${fields} } }`,
    { input },
  );
  return data.setCookieConsent;
}

/** On sign-in: the browser's answer becomes the person's, and the newest of their browsers' answers comes back. */
export async function linkConsent(
  gatewayUrl: string,
  visitorId: string,
  lang: CookieLanguage,
  token: string,
): Promise<ConsentAnswer> {
  const data = await call<{ linkCookieConsent: ConsentAnswer }>(
    gatewayUrl,
    `mutation LinkCookieConsent($visitorId: String!, $lang: Language!) { linkCookieConsent(visitorId: $visitorId, lang: $lang) { ${fields} } }`,
    { visitorId, lang },
    token,
  );
  return data.linkCookieConsent;
}
