import { GatewayError, gatewayErrorFrom } from './gateway-error.js';
import type { TypedDocumentString } from './generated.js';

interface GraphQLAnswer<Result> {
  data?: Result | null;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/** `http://host:4000` or `http://host:4000/graphql` → the GraphQL endpoint. */
export function graphqlEndpoint(gatewayUrl: string): string {
  const trimmed = gatewayUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

/** `http://host:4000/graphql` and `/exports/1` → `http://host:4000/exports/1`: another resource of the gateway. */
export function gatewayResource(gatewayUrl: string, path: string): string {
  return `${graphqlEndpoint(gatewayUrl).slice(0, -'/graphql'.length)}${path}`;
}

/**
 * The one place the widgets talk HTTP: JSON POSTs (never simple requests, which the gateway's
 * CSRF prevention refuses), the bearer token, an idempotency key on every change, and every
 * failure turned into a GatewayError with the gateway's code.
 */
export class GraphQLClient {
  constructor(
    private readonly gatewayUrl: string,
    private readonly token: string | undefined,
  ) {}

  /** With `signal`: a request aborted before its answer came rejects with the signal's reason, not a GatewayError. */
  async request<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
    signal?: AbortSignal,
  ): Promise<Result> {
    let response: Response;
    try {
      response = await fetch(graphqlEndpoint(this.gatewayUrl), {
        method: 'POST',
        // completeSignIn sets the refresh cookie and signOut clears it: the browser keeps them only with credentials.
        credentials: 'include',
        ...(signal ? { signal } : {}),
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch {
      if (signal?.aborted) throw signal.reason;
      throw new GatewayError('NETWORK', 'The gateway cannot be reached.');
    }
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<Result>;
    const [firstError] = answer.errors ?? [];
    if (firstError) throw gatewayErrorFrom(firstError);
    if (!answer.data) throw new GatewayError('INTERNAL_SERVER_ERROR', `HTTP ${response.status} without data`);
    return answer.data;
  }

  /** A change of a choice, with a fresh idempotency key: a retried request cannot count twice. */
  mutate<Result, Input extends { idempotencyKey?: string | null }>(
    document: TypedDocumentString<Result, { input: Input }>,
    input: Omit<Input, 'idempotencyKey'>,
  ): Promise<Result> {
    const variables = { input: { ...input, idempotencyKey: crypto.randomUUID() } as Input };
    return this.request(document, variables);
  }
}
