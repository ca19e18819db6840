import { type Client, createClient } from 'graphql-ws';
import {
  MyPreferencesChangedDocument,
  MyRequestsChangedDocument,
  OfficeQueueChangedDocument,
  type TypedDocumentString,
} from '../graphql/generated.js';
import { graphqlEndpoint } from '../graphql/graphql-client.js';
import { sessionStore } from '../session/session-store.js';
import { type LiveChange, liveChanges } from './live-changes.js';

const documents: Record<LiveChange, TypedDocumentString<unknown, Record<string, never>>> = {
  preferences: MyPreferencesChangedDocument,
  requests: MyRequestsChangedDocument,
  'office-queue': OfficeQueueChangedDocument,
};

/** One socket per gateway and session, opened while something listens (graphql-ws's lazy mode). */
const clients = new Map<string, Client>();
/** One subscription per gateway, session and change, shared by every element that wants it. */
const shared = new Map<string, { users: number; stop: () => void }>();

// Signed out, or signed in as someone else: the old session's sockets close.
sessionStore.subscribe((session) => {
  for (const [key, client] of clients) {
    if (!session || !key.endsWith(`|${session.accessToken}`)) {
      void client.dispose();
      clients.delete(key);
    }
  }
});

function clientFor(gatewayUrl: string, token: string): Client {
  const key = `${gatewayUrl}|${token}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({
      url: graphqlEndpoint(gatewayUrl).replace(/^http/, 'ws'),
      connectionParams: { authorization: `Bearer ${token}` },
      // A lost network or a gateway that went away (1001): try again, with graphql-ws's growing, randomised waits.
      // Not after 4401 (the session ended): graphql-ws gives up, and the page forgets the session.
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        // Signed out in another tab (the gateway ends every session of that sign-in): this page ends too.
        closed: (event) => {
          if ((event as CloseEvent).code === 4401 && sessionStore.current?.accessToken === token)
            sessionStore.signOut();
        },
      },
    });
    clients.set(key, client);
  }
  return client;
}

/**
 * Keeps the page's subscription to `change` open on `gatewayUrl` for `token` until the returned
 * function is called by its last user. Every message, the first included (the gateway answers at
 * once, and again after each reconnection), fires `change` on `liveChanges`.
 */
export function followLiveChange(gatewayUrl: string, token: string, change: LiveChange): () => void {
  const key = `${gatewayUrl}|${token}|${change}`;
  let subscription = shared.get(key);
  if (!subscription) {
    const stop = clientFor(gatewayUrl, token).subscribe(
      { query: documents[change].toString() },
      {
        next: () => liveChanges.dispatchEvent(new Event(change)),
        // A refusal (a staff member has no requests of their own) leaves the widgets as they are.
        error: () => {},
        complete: () => {},
      },
    );
    subscription = { users: 0, stop };
    shared.set(key, subscription);
  }
  subscription.users += 1;
  const followed = subscription;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    followed.users -= 1;
    if (followed.users > 0) return;
    followed.stop();
    shared.delete(key);
  };
}

/** One subscription of the page's socket for `gatewayUrl` and `token`, such as the demo's `propagationProgress`. */
export function subscribeLive<Result, Variables extends Record<string, unknown>>(
  gatewayUrl: string,
  token: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  onData: (data: Result) => void,
  onError: (error: unknown) => void,
): () => void {
  return clientFor(gatewayUrl, token).subscribe<Result>(
    { query: document.toString(), variables },
    {
      next: (message) => {
        if (message.data) onData(message.data);
        else onError(message.errors);
      },
      error: onError,
      complete: () => {},
    },
  );
}
