import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { choiceStyles, renderChoice } from '../../preferences/choice-row.js';
import { PreferencesController } from '../../preferences/preferences-controller.js';
import { PxElement } from '../../px-element.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { consentToggleStyles } from './px-consent-toggle.styles.js';

/**
 * @tag px-consent-toggle
 * @summary One choice of the catalogue, such as `testimonials` or `loyalty-profiling`, as a switch with its legal basis and reason.
 *
 * @fires px-change - The person switched the purpose and the gateway saved it.
 *
 * @csspart base - The wrapper of everything.
 * @csspart choice - The row: title, description, legal basis, text version, reason and switch.
 * @csspart switch - The switch (`role="switch"`).
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - The switch when on.
 * @cssproperty --px-color-switch-off - The switch when off.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxConsentToggle extends PxElement {
  static override properties = {
    ...PxElement.properties,
    purpose: { type: String },
    subjectId: { type: String, attribute: 'subject-id' },
  };
  static override styles = [tokens, controls, choiceStyles, consentToggleStyles];

  /** The purpose's contract key, such as `testimonials`. */
  declare purpose: string;
  /** A line (subscription id) for a per-line purpose; empty: the signed-in person. */
  declare subjectId: string;
  readonly preferences = new PreferencesController(this);

  constructor() {
    super();
    this.purpose = '';
    this.subjectId = '';
  }

  override render(): TemplateResult {
    return html`<div part="base">
      ${renderQuery(this.preferences.query, this.texts, (preferences) => {
        const states = this.subjectId
          ? (preferences.subscriptions.find((line) => line.subscription.id === this.subjectId)?.purposes ?? [])
          : preferences.purposes;
        const state = states.find((candidate) => candidate.purpose.key === this.purpose);
        return state ? renderChoice(this.preferences, { state, channel: null }, this.texts) : html`${nothing}`;
      })}
      ${this.renderLiveRegion()}
    </div>`;
  }
}

defineElement('px-consent-toggle', PxConsentToggle);

declare global {
  interface HTMLElementTagNameMap {
    'px-consent-toggle': PxConsentToggle;
  }
}
