import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveMessage<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** One subscription's messages, in order, read one at a time. */
export interface LiveSubscription<Data = Record<string, unknown>> {
  /** The next message; rejects when none arrives within `withinMs` (a bound, not a measurement). */
  next(withinMs?: number): Promise<LiveMessage<Data>>;
  /** Resolves when the subscription ends: completed, or with the error that ended it. */
  ended: Promise<{ error?: unknown }>;
  /** How many messages arrived that were not read yet. */
  unread(): number;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  subscribe<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): LiveSubscription<Data>;
  /** Resolves with the close code and reason of the socket the next time it closes. */
  closed(): Promise<{ code: number; reason: string }>;
  stop(): Promise<void>;
}

/**
 * A real `graphql-ws` client over `ws` to a gateway's `/graphql`, signed in with `token`
 * in `connectionParams` as the widgets are. It never retries: a refused socket stays closed.
 */
export function openLiveClient(gatewayUrl: string, token: string | undefined, origin?: string): LiveClient {
  const closes: { code: number; reason: string }[] = [];
  const waiting: ((close: { code: number; reason: string }) => void)[] = [];
  const client = createClient({
    url: `${gatewayUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: origin
      ? class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { origin });
          }
        }
      : WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: {
      closed: (event) => {
        const close = { code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) };
        const waiter = waiting.shift();
        if (waiter) waiter(close);
        else closes.push(close);
      },
    },
  });
  return {
    client,
    subscribe: <Data>(query: string, variables: Record<string, unknown> = {}): LiveSubscription<Data> => {
      const messages: LiveMessage<Data>[] = [];
      const readers: ((message: LiveMessage<Data>) => void)[] = [];
      let end: (ended: { error?: unknown }) => void = () => {};
      const ended = new Promise<{ error?: unknown }>((resolve) => {
        end = resolve;
      });
      const stop = client.subscribe<Data>(
        { query, variables },
        {
          next: (message) => {
            const reader = readers.shift();
            if (reader) reader(message as LiveMessage<Data>);
            else messages.push(message as LiveMessage<Data>);
          },
          error: (error) => end({ error }),
          complete: () => end({}),
        },
      );
      return {
        next: (withinMs = 1_000) => {
          const waitingMessage = messages.shift();
          if (waitingMessage) return Promise.resolve(waitingMessage);
          return new Promise<LiveMessage<Data>>((resolve, reject) => {
            const reader = (message: LiveMessage<Data>) => {
              clearTimeout(timer);
              resolve(message);
            };
            const timer = setTimeout(() => {
              readers.splice(readers.indexOf(reader), 1);
              reject(new Error(`No message within ${withinMs} ms`));
            }, withinMs);
            readers.push(reader);
          });
        },
        ended,
        unread: () => messages.length,
        stop,
      };
    },
    closed: () => {
      const close = closes.shift();
      return close ? Promise.resolve(close) : new Promise((resolve) => waiting.push(resolve));
    },
    stop: () => client.dispose() as Promise<void>,
  };
}
