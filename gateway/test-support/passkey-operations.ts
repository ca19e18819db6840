import { SoftwareAuthenticator } from './software-authenticator.js';
import type { GraphQLResponse, TestGateway } from './test-gateway.js';

/** The GraphQL documents of passkeys that tests send, written once. */
export const startPasskeyRegistration = 'mutation { startPasskeyRegistration { challengeId options expiresAt } }';

export const completePasskeyRegistration = `mutation($challengeId: ID!, $credential: JSONObject!, $name: String) {
  completePasskeyRegistration(challengeId: $challengeId, credential: $credential, name: $name) { id name synced lastUsedAt }
}`;

export const startPasskeySignIn = 'mutation { startPasskeySignIn { challengeId options expiresAt } }';

export const completePasskeySignIn = `mutation($challengeId: ID!, $credential: JSONObject!) {
  completePasskeySignIn(challengeId: $challengeId, credential: $credential) { accessToken expiresAt idleTimeoutSeconds scope }
}`;

export const passkeys = '{ passkeys { id name createdAt lastUsedAt synced } }';
export const renamePasskey = 'mutation($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id name } }';
export const revokePasskey = 'mutation($id: ID!) { revokePasskey(id: $id) }';

export interface Ceremony {
  challengeId: string;
  options: { challenge: string; rp?: { id?: string }; rpId?: string; user?: { id: string } };
  expiresAt: string;
}

export interface PasskeySession {
  accessToken: string;
  scope: string;
}

/** An authenticator for the test gateway's relying party, on the first origin it accepts. */
export function authenticatorFor(gateway: TestGateway): SoftwareAuthenticator {
  return new SoftwareAuthenticator({
    origin: gateway.config.passkeys.origins[0] as string,
    rpId: gateway.config.passkeys.relyingPartyId,
  });
}

/** Adds `authenticator`'s passkey to the person signed in with `token`; returns the passkey's id. */
export async function registerPasskey(
  gateway: TestGateway,
  token: string,
  authenticator: SoftwareAuthenticator,
  name?: string,
): Promise<string> {
  const started = await gateway.graphql<{ startPasskeyRegistration: Ceremony }>(
    startPasskeyRegistration,
    {},
    { token },
  );
  const ceremony = started.data?.startPasskeyRegistration;
  if (!ceremony) throw new Error(`startPasskeyRegistration failed: ${JSON.stringify(started.errors)}`);
  const completed = await gateway.graphql<{ completePasskeyRegistration: { id: string } }>(
    completePasskeyRegistration,
    { challengeId: ceremony.challengeId, credential: authenticator.register(ceremony.options), name },
    { token },
  );
  if (!completed.data) throw new Error(`completePasskeyRegistration failed: ${JSON.stringify(completed.errors)}`);
  return completed.data.completePasskeyRegistration.id;
}

export async function startSignIn(gateway: TestGateway): Promise<Ceremony> {
  const started = await gateway.graphql<{ startPasskeySignIn: Ceremony }>(startPasskeySignIn);
  if (!started.data) throw new Error(`startPasskeySignIn failed: ${JSON.stringify(started.errors)}`);
  return started.data.startPasskeySignIn;
}

export async function completeSignIn(
  gateway: TestGateway,
  challengeId: string,
  credential: unknown,
): Promise<GraphQLResponse<{ completePasskeySignIn: PasskeySession }>> {
  return gateway.graphql(completePasskeySignIn, { challengeId, credential });
}

/** A whole passkey sign-in with `authenticator`, which may play an attacker through `overrides`. */
export async function signInWithPasskey(
  gateway: TestGateway,
  authenticator: SoftwareAuthenticator,
  overrides: { origin?: string; rpId?: string } = {},
): Promise<GraphQLResponse<{ completePasskeySignIn: PasskeySession }>> {
  const ceremony = await startSignIn(gateway);
  return completeSignIn(gateway, ceremony.challengeId, authenticator.authenticate(ceremony.options, overrides));
}
