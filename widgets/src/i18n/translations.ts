import { de } from './de.js';
import type { Dictionary, Language } from './dictionary.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

const dictionaries: Record<Language, Dictionary> = { nl, fr, de, en };

export function dictionaryFor(language: Language): Dictionary {
  return dictionaries[language];
}
