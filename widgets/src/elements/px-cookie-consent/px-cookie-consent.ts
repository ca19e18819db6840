import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { installConsentApi, updateGoogleConsentMode } from '../../cookie-consent/consent-api.js';
import { forgetAnswer, keepAnswer, storedAnswer, visitorId } from '../../cookie-consent/consent-cookies.js';
import {
  type ConsentState,
  type CookieCategory,
  cookieCategories,
  purposeOf,
  unanswered,
} from '../../cookie-consent/consent-state.js';
import {
  answerConsent,
  type CategoryAnswer,
  type ConsentAnswer,
  type ConsentChoice,
  linkConsent,
  readConsent,
} from '../../cookie-consent/cookie-client.js';
import { cookieLanguage, cookieTexts } from '../../cookie-consent/i18n/cookie-dictionary.js';
import { runAllowedScripts } from '../../cookie-consent/script-gate.js';
import { defineElement } from '../../define-element.js';
import { emit } from '../../events/px-events.js';
import { cookieConsentStyles } from './px-cookie-consent.styles.js';

type Layer = 'closed' | 'first' | 'settings';

/**
 * @tag px-cookie-consent
 * @summary The cookie banner for visitors, signed in or not: Accept all, Refuse all or Choose, then the categories with the gateway's texts; each answer is a ledger event with a receipt.
 *
 * @fires px-consent-change - The visitor answered; the detail is the state in force (`window.pxConsent.get()`).
 *
 * @csspart base - The dialog.
 * @csspart actions - The buttons of a layer: Accept all and Refuse all look the same.
 * @csspart category - One category of the second layer.
 * @csspart switch - A category's switch (`role="switch"`).
 * @csspart reopen - The floating "Cookie settings" button, to change or withdraw the answer.
 * @csspart status - The live region where a saved answer is announced.
 *
 * @cssproperty --px-color-brand - The buttons and a switch when on.
 * @cssproperty --px-color-surface - The dialog's background.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxCookieConsent extends LitElement {
  static override properties = {
    gatewayUrl: { type: String, attribute: 'gateway-url' },
    lang: { type: String, reflect: true },
    policyUrl: { type: String, attribute: 'policy-url' },
    site: { type: String },
    layer: { state: true },
    categories: { state: true },
    draft: { state: true },
    status: { state: true },
    pageLang: { state: true },
  };
  static override styles = cookieConsentStyles;

  /** The gateway's address; the banner waits for it before it reads or saves anything. */
  declare gatewayUrl: string;
  /** The full cookie policy the banner links to. */
  declare policyUrl: string;
  /** The site the answer is for; empty: this page's host name. */
  declare site: string;
  declare layer: Layer;
  declare categories: CategoryAnswer[];
  declare draft: Record<CookieCategory, boolean>;
  declare status: string;
  declare pageLang: string;

  /** The answer in force on this page. */
  state: ConsentState;
  readonly #gpc = navigator.globalPrivacyControl === true;
  readonly #visitor = visitorId();
  #texts: Promise<ConsentAnswer> | null = null;
  readonly #langObserver = new MutationObserver(() => {
    this.pageLang = document.documentElement.lang;
  });

  constructor() {
    super();
    this.gatewayUrl = '';
    this.policyUrl = '';
    this.site = '';
    this.categories = [];
    this.status = '';
    this.pageLang = document.documentElement.lang;
    const stored = storedAnswer(new Date());
    this.state = stored ?? unanswered(this.#gpc);
    this.layer = stored ? 'closed' : 'first';
    this.draft = { preferences: false, statistics: false, marketing: false };
    if (stored) this.#apply();
    installConsentApi(this);
  }

  get #language() {
    return cookieLanguage(this.lang || this.pageLang);
  }

  readonly #onSignedIn = () => void this.#link();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    document.addEventListener('px-signed-in', this.#onSignedIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver.disconnect();
    document.removeEventListener('px-signed-in', this.#onSignedIn);
  }

  /**
   * The person widgets' session store sits on globalThis (session-store.ts), so the banner reads
   * the token there without bundling it: on sign-in this browser's answer is linked to the person.
   */
  async #link(): Promise<void> {
    const store = (globalThis as { [key: symbol]: { current: { accessToken: string } | null } | undefined })[
      Symbol.for('proximus-privacy.session-store')
    ];
    const token = store?.current?.accessToken;
    if (!token || !this.state.answeredAt || !this.gatewayUrl) return;
    try {
      const linked = await linkConsent(this.gatewayUrl, this.#visitor.id, this.#language, token);
      this.categories = linked.categories;
      const allowed = (category: CookieCategory) =>
        linked.categories.some((state) => state.purpose.key === purposeOf(category) && state.allowed);
      this.state = {
        ...this.state,
        preferences: allowed('preferences'),
        statistics: allowed('statistics'),
        marketing: allowed('marketing'),
      };
      keepAnswer(this.#visitor.id, this.state, new Date());
      this.#apply();
    } catch {
      // Not linked: the answer of this browser still holds on it.
    }
  }

  protected override firstUpdated(): void {
    performance.mark('px-cookie-consent:first-render');
    performance.measure(
      'px-cookie-consent:script-to-render',
      'px-cookie-consent:script',
      'px-cookie-consent:first-render',
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('gatewayUrl') || changed.has('lang') || changed.has('pageLang')) && this.gatewayUrl) {
      this.#load();
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.layer !== 'closed' && !dialog.open) dialog.showModal();
    if (changed.has('layer') && this.layer === 'settings') {
      this.renderRoot.querySelector<HTMLElement>('#settings-title')?.focus();
    }
  }

  /** Opens the second layer, where each category can be changed or withdrawn. */
  openSettings(): void {
    this.draft = {
      preferences: this.state.preferences,
      statistics: this.state.statistics,
      marketing: this.state.marketing,
    };
    this.layer = 'settings';
  }

  /** Reads the texts and the gateway's view of this visitor: asks again on a new text version or an expired answer. */
  #load(): void {
    const texts = readConsent(this.gatewayUrl, this.#visitor.id, this.#language);
    this.#texts = texts;
    texts.then(
      (answer) => {
        this.categories = answer.categories;
        if (answer.needsAnswer && this.state.answeredAt) {
          forgetAnswer();
          this.layer = 'first';
        }
      },
      () => {
        this.#texts = null;
      },
    );
  }

  #answer(method: ConsentChoice['method'], chosen: Record<CookieCategory, boolean>): void {
    performance.mark('px-cookie-consent:answer');
    const allowed = { ...chosen, marketing: chosen.marketing && !this.#gpc };
    this.state = { ...this.state, ...allowed, globalPrivacyControl: this.#gpc };
    this.layer = 'closed';
    this.renderRoot.querySelector('dialog')?.close();
    this.#apply();
    emit(this, 'px-consent-change', { ...this.state });
    performance.mark('px-cookie-consent:applied');
    performance.measure('px-cookie-consent:handler', 'px-cookie-consent:answer', 'px-cookie-consent:applied');
    void this.#save(method, chosen);
  }

  /** Proof after effect: the answer applies at once on this page, and is kept in the cookie once the ledger has it. */
  async #save(method: ConsentChoice['method'], chosen: Record<CookieCategory, boolean>): Promise<void> {
    const texts = this.strings;
    try {
      if (!this.#texts) this.#load();
      const shown = await (this.#texts as Promise<ConsentAnswer>);
      const saved = await answerConsent(this.gatewayUrl, {
        visitorId: this.#visitor.id,
        site: this.site || location.hostname,
        language: this.#language,
        method,
        choices: cookieCategories.map((category) => ({
          purpose: purposeOf(category),
          allowed: chosen[category],
          textVersion: shown.categories.find((state) => state.purpose.key === purposeOf(category))?.purpose
            .textVersion as number,
        })),
        globalPrivacyControl: this.#gpc,
        idempotencyKey: crypto.randomUUID(),
      });
      this.categories = saved.categories;
      this.state = { ...this.state, answeredAt: saved.answeredAt, validUntil: saved.validUntil };
      keepAnswer(this.#visitor.id, this.state, new Date());
      this.status = texts.saved;
    } catch {
      this.status = texts.failed;
    }
  }

  #apply(): void {
    runAllowedScripts(this.state);
    updateGoogleConsentMode(this.state);
  }

  get strings() {
    return cookieTexts(this.#language);
  }

  /** Escape leaves the second layer for the first; on the first it closes the banner without an answer. */
  #onCancel(event: Event): void {
    if (this.layer !== 'settings') return;
    event.preventDefault();
    this.layer = 'first';
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#accept')?.focus());
  }

  #onClose(): void {
    if (this.layer !== 'closed') this.layer = 'closed';
  }

  override render(): TemplateResult {
    const texts = this.strings;
    return html`${
      this.layer === 'closed'
        ? nothing
        : html`<dialog
            part="base"
            lang=${this.#language}
            aria-labelledby=${this.layer === 'first' ? 'title' : 'settings-title'}
            aria-describedby=${this.layer === 'first' ? 'intro' : nothing}
            @cancel=${this.#onCancel}
            @close=${this.#onClose}
          >
            ${this.layer === 'first' ? this.#renderFirst() : this.#renderSettings()}
          </dialog>`
    }
      <button type="button" part="reopen" class="reopen" @click=${() => this.openSettings()}>
        ${texts.reopen}
      </button>
      <p part="status" class="visually-hidden" role="status" aria-live="polite">${this.status}</p>`;
  }

  #renderGpc(): TemplateResult | typeof nothing {
    return this.#gpc ? html`<p class="gpc" data-testid="gpc">${this.strings.gpc}</p>` : nothing;
  }

  #renderPolicy(): TemplateResult | typeof nothing {
    return this.policyUrl ? html`<a href=${this.policyUrl}>${this.strings.policy}</a>` : nothing;
  }

  #renderFirst(): TemplateResult {
    const texts = this.strings;
    const all = (value: boolean) => ({ preferences: value, statistics: value, marketing: value });
    return html`<h2 id="title">${texts.title}</h2>
      <p id="intro">${texts.intro} ${this.#renderPolicy()}</p>
      ${this.#renderGpc()}
      <div part="actions" class="actions">
        <button type="button" id="accept" class="action" autofocus @click=${() => this.#answer('ACCEPT_ALL', all(true))}>
          ${texts.acceptAll}
        </button>
        <button type="button" id="refuse" class="action" @click=${() => this.#answer('REFUSE_ALL', all(false))}>
          ${texts.refuseAll}
        </button>
        <button type="button" id="choose" class="secondary" @click=${() => this.openSettings()}>${texts.choose}</button>
      </div>`;
  }

  #renderSettings(): TemplateResult {
    const texts = this.strings;
    const all = (value: boolean) => ({ preferences: value, statistics: value, marketing: value });
    return html`<h2 id="settings-title" tabindex="-1">${texts.settingsTitle}</h2>
      ${this.#renderGpc()}
      ${this.categories.length === 0 ? html`<p>${texts.loading}</p>` : nothing}
      <ul class="categories">
        ${this.categories.map((category) => this.#renderCategory(category))}
      </ul>
      <p>${this.#renderPolicy()}</p>
      <div part="actions" class="actions">
        <button type="button" id="save" class="action" @click=${() => this.#answer('CUSTOM', this.draft)}>
          ${texts.save}
        </button>
        <button type="button" class="action" @click=${() => this.#answer('ACCEPT_ALL', all(true))}>${texts.acceptAll}</button>
        <button type="button" class="action" @click=${() => this.#answer('REFUSE_ALL', all(false))}>${texts.refuseAll}</button>
      </div>`;
  }

  #renderCategory({ purpose }: CategoryAnswer): TemplateResult {
    const category = purpose.key.replace('cookie-', '') as CookieCategory | 'necessary';
    const fixed = category === 'necessary' || (category === 'marketing' && this.#gpc);
    const on = category === 'necessary' || (!fixed && this.draft[category]);
    const toggle = () => {
      if (fixed) return;
      this.draft = { ...this.draft, [category]: !this.draft[category as CookieCategory] };
    };
    return html`<li part="category" class="category" data-category=${category}>
      <div class="category-head">
        <h3 id="title-${category}">${purpose.title}</h3>
        <button
          type="button"
          part="switch"
          role="switch"
          class="switch"
          aria-checked=${on ? 'true' : 'false'}
          aria-disabled=${fixed ? 'true' : 'false'}
          aria-labelledby="title-${category}"
          aria-describedby="about-${category}"
          @click=${toggle}
        ></button>
      </div>
      <p id="about-${category}">
        ${category === 'necessary' ? html`<strong>${this.strings.alwaysOn}.</strong> ` : nothing}${purpose.description}
      </p>
    </li>`;
  }
}

defineElement('px-cookie-consent', PxCookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'px-cookie-consent': PxCookieConsent;
  }
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    globalPrivacyControl?: boolean;
  }
}
