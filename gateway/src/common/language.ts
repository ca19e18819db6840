import { registerEnumType } from 'type-graphql';
import type { ValueOf } from './domain-list.js';

/** The four languages of a Belgian site: a person's language, texts, messages and the GraphQL `Language`. */
export const Language = { nl: 'nl', fr: 'fr', de: 'de', en: 'en' } as const;
export type Language = ValueOf<typeof Language>;
registerEnumType(Language, {
  name: 'Language',
  description: 'The four languages of a Belgian site (lower case: they are the `lang` attribute values).',
  valuesConfig: {
    nl: { description: 'Dutch.' },
    fr: { description: 'French.' },
    de: { description: 'German.' },
    en: { description: 'English.' },
  },
});
