import { randomUUID } from 'node:crypto';
import type { TestGateway } from '@proximus-privacy/gateway/test-support';
import type { BrowserContext } from 'playwright-core';

interface Answer {
  answeredAt: string;
  validUntil: string;
  categories: { purpose: { key: string; textVersion: number }; allowed: boolean }[];
}

/**
 * Makes the browser a visitor who already answered the cookie banner (refused all), in the
 * gateway and in the demo site's cookies, so that pages of tests about something else open
 * without the banner's modal dialog in front of them. `open(path, { visitor: 'new' })` skips it.
 */
export async function asReturningVisitor(
  context: BrowserContext,
  gateway: TestGateway,
  siteUrl: string,
): Promise<void> {
  const visitorId = randomUUID();
  const shown = await gateway.graphql<{ cookieConsent: Answer }>(
    'query($visitorId: String!) { cookieConsent(visitorId: $visitorId, lang: en) { categories { purpose { key textVersion } } } }',
    { visitorId },
  );
  const choices = (shown.data?.cookieConsent.categories ?? [])
    .filter((category) => category.purpose.key !== 'cookie-necessary')
    .map((category) => ({ purpose: category.purpose.key, allowed: false, textVersion: category.purpose.textVersion }));
  const answered = await gateway.graphql<{ setCookieConsent: Answer }>(
    'mutation($input: CookieConsentInput!) { setCookieConsent(input: $input) { answeredAt validUntil } }',
    { input: { visitorId, site: new URL(siteUrl).hostname, language: 'en', method: 'REFUSE_ALL', choices } },
  );
  const answer = answered.data?.setCookieConsent;
  if (!answer) throw new Error(`The returning visitor's answer was refused: ${JSON.stringify(answered.errors)}`);
  const state = {
    necessary: true,
    preferences: false,
    statistics: false,
    marketing: false,
    answeredAt: answer.answeredAt,
    validUntil: answer.validUntil,
    globalPrivacyControl: false,
  };
  await context.addCookies([
    { name: 'px_visitor', value: visitorId, url: siteUrl },
    { name: 'px_consent', value: encodeURIComponent(JSON.stringify(state)), url: siteUrl },
  ]);
}
