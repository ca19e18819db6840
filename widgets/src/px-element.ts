import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Dictionary, Language } from './i18n/dictionary.js';
import { LanguageController } from './i18n/language-controller.js';
import type { LazyDictionaries } from './i18n/lazy-dictionaries.js';
import { widgetDictionaries } from './i18n/translations.js';
import { SessionController } from './session/session-controller.js';
import { type Session, sessionStore } from './session/session-store.js';

/** A status said in the live region: a text, or one worked out from the dictionary at each render (a language switch re-says it). */
export type Message = string | ((texts: Dictionary) => string);

interface Announcement {
  message: Message;
  kind: 'status' | 'error';
  /** Counts the announcements: a repeated text is a new node, so screen readers read it again. */
  sequence: number;
}

/**
 * What every widget shares: the gateway address, the language, the token (the host page's or
 * the page session's) and a polite live region for results.
 */
export class PxElement extends LitElement {
  static override properties: PropertyDeclarations = {
    gatewayUrl: { type: String, attribute: 'gateway-url' },
    lang: { type: String },
    accessToken: { attribute: false },
    announcement: { state: true },
  };

  /** The gateway's address, such as `https://privacy.proximus.be` (its `/graphql` is called). */
  declare gatewayUrl: string;
  /** `nl`, `fr`, `de` or `en`; empty: the page's `<html lang>`. */
  declare lang: string;
  /** A bearer token the host page provides; without it, the session of `px-sign-in` on the same page. */
  declare accessToken: string | undefined;
  /** @internal */
  declare protected announcement: Announcement | undefined;

  /** @internal The dictionaries an element of this class renders with: its first render and a language switch wait for them. */
  protected static dictionaries: readonly LazyDictionaries<unknown>[] = [widgetDictionaries];

  readonly session = new SessionController(this, (session) => this.sessionChanged(session));
  readonly #language = new LanguageController(this, (this.constructor as typeof PxElement).dictionaries);
  #announcements = 0;

  constructor() {
    super();
    this.gatewayUrl = '';
    this.lang = '';
  }

  get language(): Language {
    return this.#language.language;
  }

  get texts(): Dictionary {
    return this.#language.texts(widgetDictionaries);
  }

  /** @internal The shown language's dictionary of `dictionaries`, one of this class's `dictionaries`. */
  protected textsOf<Texts>(dictionaries: LazyDictionaries<Texts>): Texts {
    return this.#language.texts(dictionaries);
  }

  /**
   * Every update waits until the wanted language's dictionaries arrived: the first render is in
   * the page's (or the element's) language, never another one first, and a switch re-renders
   * once, in the new language, re-saying the live region's message in it.
   */
  protected override scheduleUpdate(): Promise<void> | undefined {
    const arriving = this.#language.arriving();
    // The language may change again while its dictionary travels: checked anew once it is here.
    if (arriving) return arriving.then(() => this.scheduleUpdate());
    this.#language.settle();
    super.scheduleUpdate();
    return undefined;
  }

  /** Not before a dictionary arrived (only when the chunk of the page's language cannot be loaded). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.#language.ready && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The first element with a gateway renews the sign-in of the page's previous load; the others share it.
    if (this.gatewayUrl && !this.accessToken) void sessionStore.restore(this.gatewayUrl);
  }

  /** Called when the page's session changes (signed in, signed out, ended). */
  protected sessionChanged(_session: Session | null): void {}

  /** Says `message` in the live region (and shows it); a function of the texts follows the element's language. */
  announce(message: Message, kind: Announcement['kind'] = 'status'): void {
    this.#announcements += 1;
    this.announcement = { message, kind, sequence: this.#announcements };
  }

  protected renderLiveRegion(): TemplateResult {
    const announcement = this.announcement;
    const text = typeof announcement?.message === 'function' ? announcement.message(this.texts) : announcement?.message;
    const message = announcement
      ? keyed(
          announcement.sequence,
          html`<p class=${announcement.kind === 'error' ? 'error' : 'muted'} data-kind=${announcement.kind} data-sequence=${announcement.sequence}>${text}</p>`,
        )
      : nothing;
    return html`<div class="live" role="status" aria-live="polite" part="status">${message}</div>`;
  }
}
