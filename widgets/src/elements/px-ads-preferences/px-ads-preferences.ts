import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { choiceStyles, renderChoice } from '../../preferences/choice-row.js';
import { PreferencesController } from '../../preferences/preferences-controller.js';
import { PxElement } from '../../px-element.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { adsPreferencesStyles } from './px-ads-preferences.styles.js';

const partnerPurposes = ['ads-partner-profiling', 'ads-partner-selection', 'ads-partner-measurement'];
const tvPurposes = ['tv-personalized-ads', 'tv-recommendations'];

/**
 * @tag px-ads-preferences
 * @summary Personalized ads: the web profile, the ad partner's three purposes, and TV ads and recommendations per TV subscription.
 *
 * @fires px-change - The person switched one of them and the gateway saved it.
 *
 * @csspart base - The wrapper of everything.
 * @csspart choice - Each row: title, description, legal basis, text version, reason and switch.
 * @csspart switch - Each switch (`role="switch"`).
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and switches when on.
 * @cssproperty --px-color-switch-off - Switches when off.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxAdsPreferences extends PxElement {
  static override styles = [tokens, controls, choiceStyles, adsPreferencesStyles];
  readonly preferences = new PreferencesController(this);

  override render(): TemplateResult {
    const texts = this.texts;
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title">${texts.ads.title}</h2>
      ${renderQuery(this.preferences.query, texts, (preferences) => {
        const row = (state: (typeof preferences.purposes)[number], context?: string) =>
          renderChoice(this.preferences, { state, channel: null }, texts, context ? { context } : {});
        const web = preferences.purposes.filter((state) => state.purpose.key === 'web-personalized-ads');
        const partner = preferences.purposes.filter((state) => partnerPurposes.includes(state.purpose.key));
        const tvLines = preferences.subscriptions.filter((line) => line.subscription.kind === 'TV');
        return html`${web.map((state) => row(state))}
          <h3>${texts.ads.partner}</h3>
          ${partner.map((state) => row(state, state.purpose.jointControllers.join(', ')))}
          ${tvLines.map(
            (line) => html`<h3>${texts.lines.TV}</h3>
              ${line.purposes.filter((state) => tvPurposes.includes(state.purpose.key)).map((state) => row(state))}`,
          )}`;
      })}
      ${this.renderLiveRegion()}
    </section>`;
  }
}

defineElement('px-ads-preferences', PxAdsPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'px-ads-preferences': PxAdsPreferences;
  }
}
