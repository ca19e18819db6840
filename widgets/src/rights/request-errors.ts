import { explain, GatewayError } from '../graphql/gateway-error.js';
import type { Dictionary } from '../i18n/dictionary.js';

/** Like `explain`, with the texts about requests and export files where the general ones speak of choices. */
export function explainRequestError(error: unknown, texts: Dictionary): string {
  if (error instanceof GatewayError && error.code in texts.requests.errors) {
    return texts.requests.errors[error.code as keyof Dictionary['requests']['errors']];
  }
  return explain(error, texts);
}
