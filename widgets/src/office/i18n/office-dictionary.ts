import type { Language } from '../../i18n/dictionary.js';
import { officeDe } from './de.js';
import { officeEn } from './en.js';
import { officeFr } from './fr.js';
import { officeNl } from './nl.js';

/** Every text of the staff screens; kept apart from the person widgets' dictionary so it never weighs on their bundle. */
export type OfficeDictionary = typeof officeEn;

const dictionaries: Record<Language, OfficeDictionary> = { nl: officeNl, fr: officeFr, de: officeDe, en: officeEn };

export function officeDictionaryFor(language: Language): OfficeDictionary {
  return dictionaries[language];
}
