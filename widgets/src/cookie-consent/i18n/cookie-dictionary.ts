import { cookieDe } from './de.js';
import { cookieEn } from './en.js';
import { cookieFr } from './fr.js';
import { cookieNl } from './nl.js';

/** The banner's own texts, apart from the person widgets' dictionaries so that its entry stays small. */
export type CookieDictionary = typeof cookieEn;

export type CookieLanguage = 'nl' | 'fr' | 'de' | 'en';

const dictionaries: Record<CookieLanguage, CookieDictionary> = {
  nl: cookieNl,
  fr: cookieFr,
  de: cookieDe,
  en: cookieEn,
};

/** The language of `lang` (such as `fr-BE`), or English when it is none of the four. */
export function cookieLanguage(lang: string | null | undefined): CookieLanguage {
  const primary = (lang ?? '').slice(0, 2).toLowerCase();
  return primary in dictionaries ? (primary as CookieLanguage) : 'en';
}

export function cookieTexts(language: CookieLanguage): CookieDictionary {
  return dictionaries[language];
}
