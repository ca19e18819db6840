import { LazyDictionaries } from '../../i18n/lazy-dictionaries.js';
import type { officeEn } from './en.js';

/** Every text of the staff screens; kept apart from the person widgets' dictionary so it never weighs on their bundle. */
export type OfficeDictionary = typeof officeEn;

/** The staff screens' texts: each language a chunk of its own, imported when a screen shows it. */
export const officeDictionaries = new LazyDictionaries<OfficeDictionary>('staff screens', {
  nl: () => import('./nl.js').then((module) => module.officeNl),
  fr: () => import('./fr.js').then((module) => module.officeFr),
  de: () => import('./de.js').then((module) => module.officeDe),
  en: () => import('./en.js').then((module) => module.officeEn),
});
