import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import type { ChoiceFragment } from '../../graphql/generated.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import { choiceStyles, renderChoice } from '../../preferences/choice-row.js';
import type { Preferences } from '../../preferences/preferences-cache.js';
import { PreferencesController } from '../../preferences/preferences-controller.js';
import { PxElement } from '../../px-element.js';
import { renderQuery } from '../../query/render-query.js';
import { cards, controls, tokens } from '../../styles/tokens.js';
import '../px-account-access/px-account-access.js';
import '../px-ads-preferences/px-ads-preferences.js';
import '../px-consent-toggle/px-consent-toggle.js';
import '../px-data-requests/px-data-requests.js';
import '../px-location-reporting/px-location-reporting.js';
import '../px-marketing-preferences/px-marketing-preferences.js';
import '../px-passkeys/px-passkeys.js';
import { cookieConsentQuery, renderCookieConsent } from './cookie-consent-section.js';
import { historyQuery } from './history-query.js';
import { renderHistory } from './history-section.js';
import { privacyCenterStyles } from './px-privacy-center.styles.js';
import { staffReadsQuery } from './staff-reads-query.js';
import { renderComplaint, renderStaffReads } from './staff-reads-section.js';

/** Person-level purposes that have their own widget in the center. */
const shownElsewhere = new Set([
  'direct-marketing',
  'web-personalized-ads',
  'ads-partner-profiling',
  'ads-partner-selection',
  'ads-partner-measurement',
]);
const directoryPurposes = ['directory-listing', 'directory-assistance'];

function lineLabel(line: Preferences['subscriptions'][number]['subscription'], texts: Dictionary): string {
  if (line.kind === 'MOBILE' || line.kind === 'FIXED_VOICE') return texts.lines[line.kind](line.phoneNumber ?? '');
  return texts.lines[line.kind];
}

/**
 * @tag px-privacy-center
 * @summary The "Alerts and Privacy" page: marketing, personalized ads, location reporting per line, directory listing per number, other choices, the person's rights (requests), account access (roles), the right to complain to the Data Protection Authority, who of the staff read their data, and the history of changes with a receipt of each decision.
 *
 * @fires px-change - The person switched any choice on the page and the gateway saved it (from the inner widgets too).
 * @fires px-request-filed - The person filed a request in the "your rights" section (from px-data-requests).
 *
 * @csspart base - The wrapper of everything.
 * @csspart section - Each card (marketing, ads, location, directory, other choices, always on, your rights, complaint, staff reads, history).
 * @csspart choice - The rows of directory listing, other choices and always-on purposes.
 * @csspart switch - Their switches (`role="switch"`).
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-surface - The cards' background.
 * @cssproperty --px-color-border - The cards' border.
 * @cssproperty --px-radius - The cards' corners.
 * @cssproperty --px-space - The space between cards.
 */
export class PxPrivacyCenter extends PxElement {
  static override styles = [tokens, controls, cards, choiceStyles, privacyCenterStyles];
  readonly preferences = new PreferencesController(this);
  readonly history = historyQuery(this);
  readonly staffReads = staffReadsQuery(this);
  readonly cookieConsent = cookieConsentQuery(this);

  override render(): TemplateResult {
    const texts = this.texts;
    const common = { gateway: this.gatewayUrl, lang: this.language, token: this.accessToken };
    return html`<div part="base">
      <div class="card" part="section">
        <h2>${texts.center.title}</h2>
        <p>${texts.center.intro}</p>
        ${this.renderLiveRegion()}
      </div>
      <px-marketing-preferences class="card" part="section" gateway-url=${common.gateway} lang=${common.lang} .accessToken=${common.token}></px-marketing-preferences>
      <px-ads-preferences class="card" part="section" gateway-url=${common.gateway} lang=${common.lang} .accessToken=${common.token}></px-ads-preferences>
      <px-location-reporting class="card" part="section" gateway-url=${common.gateway} lang=${common.lang} .accessToken=${common.token}></px-location-reporting>
      ${renderQuery(this.preferences.query, texts, (preferences) => this.#renderOwn(preferences))}
      ${renderComplaint(texts)}
    </div>`;
  }

  #renderOwn(preferences: Preferences): TemplateResult {
    const texts = this.texts;
    const row = (state: ChoiceFragment, context?: string) =>
      renderChoice(this.preferences, { state, channel: null }, texts, context ? { context } : {});
    const directory = preferences.subscriptions.flatMap((line) =>
      line.purposes
        .filter((state) => directoryPurposes.includes(state.purpose.key))
        .map((state) => row(state, lineLabel(line.subscription, texts))),
    );
    const other = preferences.purposes.filter(
      (state) => state.purpose.switchable && !shownElsewhere.has(state.purpose.key),
    );
    const always = preferences.purposes.filter((state) => !state.purpose.switchable);
    const lines = new Map(
      preferences.subscriptions.map((line) => [line.subscription.id, lineLabel(line.subscription, texts)]),
    );
    return html`${
      directory.length > 0
        ? html`<section class="card" part="section" aria-labelledby="directory-title">
            <h2 id="directory-title">${texts.directory.title}</h2>
            ${directory}
          </section>`
        : nothing
    }
      <section class="card" part="section" aria-labelledby="other-title">
        <h2 id="other-title">${texts.other.title}</h2>
        ${other.map(
          (state) =>
            html`<px-consent-toggle purpose=${state.purpose.key} gateway-url=${this.gatewayUrl} lang=${this.language} .accessToken=${this.accessToken}></px-consent-toggle>`,
        )}
      </section>
      <section class="card" part="section" aria-labelledby="always-title">
        <h2 id="always-title">${texts.always.title}</h2>
        ${always.map((state) => row(state))}
      </section>
      <px-data-requests class="card" part="section" gateway-url=${this.gatewayUrl} lang=${this.language} .accessToken=${this.accessToken}></px-data-requests>
      <px-account-access gateway-url=${this.gatewayUrl} lang=${this.language} .accessToken=${this.accessToken}></px-account-access>
      <px-passkeys class="card" part="section" gateway-url=${this.gatewayUrl} lang=${this.language} .accessToken=${this.accessToken}></px-passkeys>
      ${renderCookieConsent(this.cookieConsent, texts)}
      ${renderStaffReads(this.staffReads, texts, this.language, lines)}
      ${renderHistory(this, this.history, preferences, lines)}`;
  }
}

defineElement('px-privacy-center', PxPrivacyCenter);

declare global {
  interface HTMLElementTagNameMap {
    'px-privacy-center': PxPrivacyCenter;
  }
}
