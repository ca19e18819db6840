import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { choiceStyles, renderChoice } from '../../preferences/choice-row.js';
import { PreferencesController } from '../../preferences/preferences-controller.js';
import { PxElement } from '../../px-element.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { locationReportingStyles } from './px-location-reporting.styles.js';

/**
 * @tag px-location-reporting
 * @summary Anonymous location reporting per mobile line: an administrator sees every line of the account, a user their own.
 *
 * @fires px-change - The person switched a line and the gateway saved it.
 *
 * @csspart base - The wrapper of everything.
 * @csspart choice - Each line's row: title, number, description, legal basis, text version, reason and switch.
 * @csspart switch - Each switch (`role="switch"`).
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and switches when on.
 * @cssproperty --px-color-switch-off - Switches when off.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxLocationReporting extends PxElement {
  static override styles = [tokens, controls, choiceStyles, locationReportingStyles];
  readonly preferences = new PreferencesController(this);

  override render(): TemplateResult {
    const texts = this.texts;
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title">${texts.location.title}</h2>
      ${renderQuery(this.preferences.query, texts, (preferences) => {
        // Which lines appear is the gateway's decision (the role matrix); this only picks the mobile ones.
        const rows = preferences.subscriptions.flatMap((line) =>
          line.purposes
            .filter((state) => state.purpose.key === 'location-reporting')
            .map((state) =>
              renderChoice(this.preferences, { state, channel: null }, texts, {
                context: texts.lines.MOBILE(line.subscription.phoneNumber ?? ''),
              }),
            ),
        );
        return rows.length > 0 ? html`${rows}` : html`<p class="muted">${texts.location.none}</p>`;
      })}
      ${this.renderLiveRegion()}
    </section>`;
  }
}

defineElement('px-location-reporting', PxLocationReporting);

declare global {
  interface HTMLElementTagNameMap {
    'px-location-reporting': PxLocationReporting;
  }
}
