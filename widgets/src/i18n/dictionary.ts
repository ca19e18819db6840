import type { en } from './en.js';

/** Every text an element shows that does not come from the gateway. */
export type Dictionary = typeof en;

export const languages = ['nl', 'fr', 'de', 'en'] as const;
export type Language = (typeof languages)[number];

/** `nl-BE` → `nl`; anything else of the four's, or nothing, → undefined. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return languages.find((language) => language === primary);
}
