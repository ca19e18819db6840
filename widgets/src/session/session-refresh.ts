import { gatewayResource } from '../graphql/graphql-client.js';
import type { Session } from './session-store.js';

/** A race with another tab that renewed the same sign-in a moment ago: its new cookie is the browser's by then. */
const raceRetryMs = 250;

/**
 * Exchanges the gateway's HttpOnly refresh cookie (which this code never sees) for a new access
 * token: `POST /session/refresh` with credentials and the `px-refresh` header, which the gateway
 * requires so that no cross-site form or simple request can do it. `null`: no sign-in to renew.
 */
export async function refreshSession(gatewayUrl: string): Promise<Session | null> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(gatewayResource(gatewayUrl, '/session/refresh'), {
        method: 'POST',
        credentials: 'include',
        headers: { 'px-refresh': '1' },
      });
    } catch {
      return null;
    }
    if (response.status === 200) {
      const session = (await response.json()) as { accessToken: string; expiresAt: string };
      return { accessToken: session.accessToken, expiresAt: session.expiresAt };
    }
    if (response.status !== 409) return null;
    await new Promise((later) => setTimeout(later, raceRetryMs));
  }
  return null;
}
