import { type Language, PrivacyPreferencesDocument, type PrivacyPreferencesQuery } from '../graphql/generated.js';
import type { GraphQLClient } from '../graphql/graphql-client.js';
import { liveChanges } from '../live/live-changes.js';
import { sessionStore } from '../session/session-store.js';

export type Preferences = PrivacyPreferencesQuery['privacyPreferences'];

type Listener = (source: object) => void;

const loads = new Map<string, Promise<Preferences>>();
const listeners = new Set<Listener>();

// Nothing of a person who signed out stays in the page's memory.
sessionStore.subscribe(() => loads.clear());
// Changed elsewhere: the next read is fresh (registered before any element listens, so it runs first).
liveChanges.addEventListener('preferences', () => loads.clear());

/**
 * One `privacyPreferences` request per gateway, token and language, however many elements of
 * the page ask at once; forgotten after every change, so the next read is fresh.
 */
export function loadPreferences(client: GraphQLClient, cacheKey: string, language: Language): Promise<Preferences> {
  let load = loads.get(cacheKey);
  if (!load) {
    load = client.request(PrivacyPreferencesDocument, { lang: language }).then((data) => data.privacyPreferences);
    load.catch(() => loads.delete(cacheKey));
    loads.set(cacheKey, load);
  }
  return load;
}

/** After a change saved by `source`: drops what was read, and tells every other element to read again. */
export function preferencesChanged(source: object): void {
  loads.clear();
  for (const listener of listeners) listener(source);
}

export function onPreferencesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
