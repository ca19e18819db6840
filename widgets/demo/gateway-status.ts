import { gatewayEndpoint } from './gateway-url.js';

export type GatewayStatus = { reachable: true } | { reachable: false; reason: string };

/** Long enough for a cold gateway, short enough that a silent one ends in an error rather than "Checking…". */
const timeoutMs = 10_000;

/**
 * Asks the gateway the smallest GraphQL question, cross-origin and as JSON (Apollo's CSRF
 * prevention rejects simple requests), so success proves the CORS allow-list lets this origin in.
 */
export async function checkGateway(gateway: URL, pageOrigin: string): Promise<GatewayStatus> {
  let response: Response;
  try {
    response = await fetch(gatewayEndpoint(gateway, '/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return { reachable: false, reason: `no answer within ${timeoutMs / 1000} seconds.` };
    }
    // Browsers do not tell scripts why a cross-origin request failed: a refused connection and a missing CORS header look alike.
    return {
      reachable: false,
      reason: `the request failed. Either the gateway is not running, or its CORS allow-list does not include ${pageOrigin}.`,
    };
  }
  if (!response.ok) return { reachable: false, reason: `the gateway answered HTTP ${response.status}.` };
  const body: unknown = await response.json().catch(() => undefined);
  if (!isTypenameAnswer(body)) return { reachable: false, reason: 'the answer was not a GraphQL response.' };
  return { reachable: true };
}

function isTypenameAnswer(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('data' in body)) return false;
  const { data } = body;
  return typeof data === 'object' && data !== null && '__typename' in data && typeof data.__typename === 'string';
}
