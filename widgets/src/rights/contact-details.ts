import { html, type TemplateResult } from 'lit';
import {
  type ContactDetailsInput,
  type Language as GatewayLanguage,
  type MyContactDetailsQuery,
  UpdateMyContactDetailsDocument,
} from '../graphql/generated.js';
import type { GraphQLClient } from '../graphql/graphql-client.js';
import { type Dictionary, languages } from '../i18n/dictionary.js';

/** Each language by its own name: the person finds theirs whatever the page's language. */
const languageNames = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;

export type ContactDetails = MyContactDetailsQuery['me'];

/** The fields the person changed, trimmed; an unchanged or empty field is left out. */
export function changedDetails(before: ContactDetails, values: FormData): ContactDetailsInput {
  const text = (name: string) => String(values.get(name) ?? '').trim();
  const input: ContactDetailsInput = {};
  if (text('firstName') && text('firstName') !== before.firstName) input.firstName = text('firstName');
  if (text('lastName') && text('lastName') !== before.lastName) input.lastName = text('lastName');
  if (text('language') && text('language') !== before.language) input.language = text('language') as GatewayLanguage;
  return input;
}

/** Rectification the person does themself (`updateMyContactDetails`): no request, the change is made at once. */
export async function saveContactDetails(client: GraphQLClient, input: ContactDetailsInput): Promise<ContactDetails> {
  return (await client.request(UpdateMyContactDetailsDocument, { input })).updateMyContactDetails;
}

export function renderContactDetailsForm(
  texts: Dictionary,
  details: ContactDetails,
  busy: boolean,
  submit: (event: SubmitEvent) => void,
): TemplateResult {
  const words = texts.rightsAnswers.contact;
  return html`<form part="contact-form" data-testid="contact-form" @submit=${submit} aria-labelledby="contact-title">
    <h3 id="contact-title">${words.title}</h3>
    <label for="firstName">${words.firstName}</label>
    <input id="firstName" name="firstName" autocomplete="given-name" maxlength="100" required .value=${details.firstName} />
    <label for="lastName">${words.lastName}</label>
    <input id="lastName" name="lastName" autocomplete="family-name" maxlength="100" required .value=${details.lastName} />
    <label for="language">${words.language}</label>
    <select id="language" name="language">
      ${languages.map((language) => html`<option value=${language} ?selected=${details.language === language} lang=${language}>${languageNames[language]}</option>`)}
    </select>
    <button class="action" type="submit" ?disabled=${busy}>${words.submit}</button>
    <p class="muted">${words.other}</p>
  </form>`;
}
