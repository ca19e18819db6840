import { GatewayError } from '../graphql/gateway-error.js';
import { PxElement } from '../px-element.js';
import { type OfficeDictionary, officeDictionaryFor } from './i18n/office-dictionary.js';

/** What every staff screen shares besides PxElement: its own dictionary, and refusals told as staff need them. */
export class OfficeElement extends PxElement {
  get officeTexts(): OfficeDictionary {
    return officeDictionaryFor(this.language);
  }

  /**
   * The refusal in the element's language. Staff need to know why a step was refused, so the
   * gateway's own words (English, naming the field or the rule) follow a refused input or state.
   */
  explainOffice(error: unknown): string {
    const errors = this.officeTexts.errors;
    if (!(error instanceof GatewayError)) return errors.other;
    const base = error.code in errors ? errors[error.code as keyof typeof errors] : errors.other;
    return error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT' ? `${base} (${error.message})` : base;
  }
}
