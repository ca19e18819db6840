import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Language, languageOf } from './dictionary.js';
import type { LazyDictionaries } from './lazy-dictionaries.js';

interface LanguageHost extends ReactiveControllerHost {
  lang: string;
}

/** Used when neither the element nor the page names one of the four languages. */
const fallbackLanguage: Language = 'en';

/**
 * The element's language: its `lang` attribute, else the page's `<html lang>`, followed live
 * (a host page's language switch changes `<html lang>` and every element re-renders).
 *
 * The dictionaries are imported on demand, so the language an element shows trails the one it
 * wants until that language's dictionaries arrived: it keeps rendering whole in the language it
 * had (or, before its first render, does not render), then switches at once. `language` is the
 * shown one, so the gateway's texts (read per language) and the dictionary's never mix.
 */
export class LanguageController implements ReactiveController {
  #observer: MutationObserver | undefined;
  #shown: Language | undefined;

  constructor(
    private readonly host: LanguageHost,
    private readonly dictionaries: readonly LazyDictionaries<unknown>[],
  ) {
    host.addController(this);
  }

  /** The language the element and the page ask for. */
  get wanted(): Language {
    return languageOf(this.host.lang) ?? languageOf(document.documentElement.lang) ?? fallbackLanguage;
  }

  /** The language the element shows (before its first render: the one it will show). */
  get language(): Language {
    return this.#shown ?? this.wanted;
  }

  /** Whether the element has a language whose dictionaries all arrived, so it can render. */
  get ready(): boolean {
    return this.#shown !== undefined;
  }

  /** The dictionary of the shown language; only while `ready` (during and after the first render). */
  texts<Texts>(dictionaries: LazyDictionaries<Texts>): Texts {
    const texts = dictionaries.get(this.language);
    if (!texts) throw new Error(`No ${this.language} texts yet: read texts only when rendering`);
    return texts;
  }

  /** Resolves when the wanted language's dictionaries arrived (or failed); undefined when none is on its way. */
  arriving(): Promise<unknown> | undefined {
    const wanted = this.wanted;
    const waiting = this.dictionaries.filter((set) => !set.settled(wanted)).map((set) => set.request(wanted));
    return waiting.length > 0 ? Promise.all(waiting) : undefined;
  }

  /** Just before an update: shows the wanted language when all its dictionaries are there. */
  settle(): void {
    const wanted = this.wanted;
    if (this.dictionaries.every((set) => set.get(wanted) !== undefined)) this.#shown = wanted;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
