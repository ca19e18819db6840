import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Dictionary, type Language, languageOf } from './dictionary.js';
import { dictionaryFor } from './translations.js';

interface LanguageHost extends ReactiveControllerHost {
  lang: string;
}

/** Used when neither the element nor the page names one of the four languages. */
const fallbackLanguage: Language = 'en';

/**
 * The element's language: its `lang` attribute, else the page's `<html lang>`, followed live
 * (a host page's language switch changes `<html lang>` and every element re-renders).
 */
export class LanguageController implements ReactiveController {
  #observer: MutationObserver | undefined;

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  get language(): Language {
    return languageOf(this.host.lang) ?? languageOf(document.documentElement.lang) ?? fallbackLanguage;
  }

  get texts(): Dictionary {
    return dictionaryFor(this.language);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
