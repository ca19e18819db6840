import type { Dictionary } from './dictionary.js';
import { LazyDictionaries } from './lazy-dictionaries.js';

/** The person widgets' texts: each language a chunk of its own, imported when an element shows it. */
export const widgetDictionaries = new LazyDictionaries<Dictionary>('privacy widgets', {
  nl: () => import('./nl.js').then((module) => module.nl),
  fr: () => import('./fr.js').then((module) => module.fr),
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
