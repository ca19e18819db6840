import { html, type TemplateResult } from 'lit';
import { MyCookieConsentDocument, type MyCookieConsentQuery } from '../../graphql/generated.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import { LiveController } from '../../live/live-controller.js';
import type { PxElement } from '../../px-element.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';

type CookieConsent = MyCookieConsentQuery['myCookieConsent'];

/**
 * The cookie answers of the browsers the person signed in with (linked by the cookie banner),
 * read again when one is linked or answers the banner again, on this page or any other.
 */
export function cookieConsentQuery(host: PxElement): QueryController<CookieConsent> {
  const query = new QueryController<CookieConsent>(host, {
    load: async ({ client, signal, language }) =>
      (await client.request(MyCookieConsentDocument, { lang: language }, signal)).myCookieConsent,
  });
  new LiveController(host, 'preferences', () => void query.reload());
  return query;
}

/** "Cookies on our websites": each category allowed or not, the newest answer of the person's browsers. */
export function renderCookieConsent(query: QueryController<CookieConsent>, texts: Dictionary): TemplateResult {
  const t = texts.cookies;
  return html`<section class="card" part="section" aria-labelledby="cookies-title" data-testid="cookie-consent">
    <h2 id="cookies-title">${t.title}</h2>
    ${renderQuery(query, texts, (consent: CookieConsent) =>
      consent
        ? html`<ul>
              ${consent.categories.map(
                (category) =>
                  html`<li data-category=${category.purpose.key}>
                    ${category.purpose.title}: ${category.allowed ? t.allowed : t.refused}
                  </li>`,
              )}
            </ul>
            <p class="muted">${t.change}</p>`
        : html`<p class="muted">${t.none}</p>`,
    )}
  </section>`;
}
