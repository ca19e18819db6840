import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Dictionary, Language } from './i18n/dictionary.js';
import { LanguageController } from './i18n/language-controller.js';
import { SessionController } from './session/session-controller.js';
import type { Session } from './session/session-store.js';

/** A message said in the live region: its text in whatever language the element is in when it renders. */
export type Message = string | ((texts: Dictionary) => string);

interface Announcement {
  /** Kept as a function of the dictionary, so a language switch re-renders it in the new language. */
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

  readonly session = new SessionController(this, (session) => this.sessionChanged(session));
  readonly #language = new LanguageController(this);
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
    return this.#language.texts;
  }

  /** Called when the page's session changes (signed in, signed out, ended). */
  protected sessionChanged(_session: Session | null): void {}

  /**
   * Says `message` in the live region (and shows it). Pass a function of the dictionary, such as
   * `(texts) => texts.choice.saved(…)`: it is rendered again in the new language after a switch.
   */
  announce(message: Message, kind: Announcement['kind'] = 'status'): void {
    this.#announcements += 1;
    this.announcement = { message, kind, sequence: this.#announcements };
  }

  protected renderLiveRegion(): TemplateResult {
    const announcement = this.announcement;
    const message = announcement
      ? keyed(
          announcement.sequence,
          html`<p class=${announcement.kind === 'error' ? 'error' : 'muted'} data-kind=${announcement.kind} data-sequence=${announcement.sequence}>${typeof announcement.message === 'string' ? announcement.message : announcement.message(this.texts)}</p>`,
        )
      : nothing;
    return html`<div class="live" role="status" aria-live="polite" part="status">${message}</div>`;
  }
}
