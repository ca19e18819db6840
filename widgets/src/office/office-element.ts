import { GatewayError } from '../graphql/gateway-error.js';
import { GraphQLClient } from '../graphql/graphql-client.js';
import { PxElement } from '../px-element.js';
import { type OfficeDictionary, officeDictionaries } from './i18n/office-dictionary.js';

/** What every staff screen shares besides PxElement: its own dictionary, and refusals told as staff need them. */
export class OfficeElement extends PxElement {
  static override properties = { ...PxElement.properties, busy: { state: true } };
  protected static override dictionaries = [...PxElement.dictionaries, officeDictionaries];

  /** @internal A change is on its way: the buttons that send one wait. */
  declare protected busy: boolean;

  constructor() {
    super();
    this.busy = false;
  }

  /** Sends one change with the session's token; a refusal is announced and the screen stays as it was. */
  protected async act(action: (client: GraphQLClient) => Promise<void>): Promise<void> {
    const token = this.session.token;
    this.busy = true;
    try {
      await action(new GraphQLClient(this.gatewayUrl, token));
    } catch (error) {
      this.announce(this.explainOffice(error), 'error');
      this.session.forgetIfEnded(error, token);
    } finally {
      this.busy = false;
    }
  }

  get officeTexts(): OfficeDictionary {
    return this.textsOf(officeDictionaries);
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
