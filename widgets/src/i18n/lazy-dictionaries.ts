import type { Language } from './dictionary.js';

/**
 * One dictionary per language, each its own chunk, imported the first time an element wants
 * that language and kept once it arrived: a page pays for the language it shows, not for four.
 */
export class LazyDictionaries<Texts> {
  readonly #arrived = new Map<Language, Texts>();
  readonly #requested = new Map<Language, Promise<void>>();
  readonly #failed = new Set<Language>();

  /** `importers`: a dynamic `import()` per language, resolved relative to the built module (so cross-origin too). */
  constructor(
    private readonly name: string,
    private readonly importers: Record<Language, () => Promise<Texts>>,
  ) {}

  /** The dictionary of `language` once it arrived. */
  get(language: Language): Texts | undefined {
    return this.#arrived.get(language);
  }

  /** Whether asking for `language` again would change nothing: its dictionary arrived, or could not be loaded. */
  settled(language: Language): boolean {
    return this.#arrived.has(language) || this.#failed.has(language);
  }

  /**
   * Imports `language`'s dictionary unless it was asked for already. Never rejects: a chunk that
   * cannot be loaded is said in the console once and not asked for again, and the elements stay
   * in the language they show (an element shows nothing rather than another language).
   */
  request(language: Language): Promise<void> {
    let requested = this.#requested.get(language);
    if (!requested) {
      requested = this.importers[language]().then(
        (texts) => {
          this.#arrived.set(language, texts);
        },
        (error: unknown) => {
          this.#failed.add(language);
          console.error(`The ${language} texts of the ${this.name} could not be loaded.`, error);
        },
      );
      this.#requested.set(language, requested);
    }
    return requested;
  }
}
