import { html, nothing, type TemplateResult } from 'lit';
import { CompletePasskeySignInDocument, StartPasskeySignInDocument } from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import { passkeysSupported, usePasskey } from '../../passkeys/webauthn.js';

/**
 * px-sign-in's passkey way in, kept apart from its password and SMS screens: a button below the
 * form, and the two-step ceremony with the gateway. No e-mail is asked: the browser offers the
 * passkeys it holds for this site.
 */
export function renderPasskeySignIn(
  texts: Dictionary,
  busy: boolean,
  signIn: () => void,
): TemplateResult | typeof nothing {
  if (!passkeysSupported()) return nothing;
  return html`<div class="row passkey">
    <p class="muted">${texts.passkeys.or}</p>
    <button class="action" type="button" id="passkey-sign-in" ?disabled=${busy} @click=${signIn}>${texts.passkeys.signIn}</button>
  </div>`;
}

/** The session a passkey opens: the same as a completed SMS sign-in's. */
export async function signInWithPasskey(gatewayUrl: string): Promise<{ accessToken: string; expiresAt: string }> {
  const client = new GraphQLClient(gatewayUrl, undefined);
  const { startPasskeySignIn } = await client.request(StartPasskeySignInDocument, {});
  const credential = await usePasskey(startPasskeySignIn.options);
  const { completePasskeySignIn } = await client.request(CompletePasskeySignInDocument, {
    challengeId: startPasskeySignIn.challengeId,
    credential,
  });
  return completePasskeySignIn;
}
