import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { choiceStyles, renderChoice } from '../../preferences/choice-row.js';
import { PreferencesController } from '../../preferences/preferences-controller.js';
import { PxElement } from '../../px-element.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { marketingPreferencesStyles } from './px-marketing-preferences.styles.js';

/**
 * @tag px-marketing-preferences
 * @summary Direct marketing as a whole, and per channel (phone, SMS, e-mail, post, web pop-ups).
 *
 * @fires px-change - The person switched marketing or one channel and the gateway saved it.
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
export class PxMarketingPreferences extends PxElement {
  static override styles = [tokens, controls, choiceStyles, marketingPreferencesStyles];
  readonly preferences = new PreferencesController(this);

  override render(): TemplateResult {
    const texts = this.texts;
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title">${texts.marketing.title}</h2>
      ${renderQuery(this.preferences.query, texts, (preferences) => {
        const state = preferences.purposes.find((candidate) => candidate.purpose.key === 'direct-marketing');
        if (!state) return html`${nothing}`;
        const wholeOn = this.preferences.allowed({ state, channel: null });
        return html`${renderChoice(this.preferences, { state, channel: null }, texts)}
          <fieldset class="channels">
            <legend>${texts.marketing.channels}</legend>
            ${state.channels.map((option) =>
              renderChoice(this.preferences, { state, channel: option.channel }, texts, {
                label: option.label,
                compact: true,
                ...(wholeOn ? {} : { disabledBecause: texts.choice.wholeOff }),
              }),
            )}
          </fieldset>`;
      })}
      ${this.renderLiveRegion()}
    </section>`;
  }
}

defineElement('px-marketing-preferences', PxMarketingPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'px-marketing-preferences': PxMarketingPreferences;
  }
}
