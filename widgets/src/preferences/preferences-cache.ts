import { PrivacyPreferencesDocument, type PrivacyPreferencesQuery } from '../graphql/generated.js';
import { liveChanges } from '../live/live-changes.js';
import type { QueryContext } from '../query/query-controller.js';
import { sessionStore } from '../session/session-store.js';

export type Preferences = PrivacyPreferencesQuery['privacyPreferences'];

type Listener = (source: object) => void;

/** One request in flight, shared by the elements waiting for it; aborted when the last of them gives up. */
interface SharedLoad {
  answer: Promise<Preferences>;
  abort: AbortController;
  waiting: number;
}

const loads = new Map<string, SharedLoad>();
const listeners = new Set<Listener>();

// Nothing of a person who signed out stays in the page's memory.
sessionStore.subscribe(() => loads.clear());
// Changed elsewhere: the next read is fresh (registered before any element listens, so it runs first).
liveChanges.addEventListener('preferences', () => loads.clear());

/**
 * One `privacyPreferences` request per gateway, token and language, however many elements of
 * the page ask at once; forgotten after every change, so the next read is fresh. One element
 * aborting (it left the page, or reads again) does not abort the others' answer.
 */
export function loadPreferences({ client, signal, language, key }: QueryContext): Promise<Preferences> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let shared = loads.get(key);
  if (!shared) {
    const abort = new AbortController();
    const answer = client
      .request(PrivacyPreferencesDocument, { lang: language }, abort.signal)
      .then((data) => data.privacyPreferences);
    const load: SharedLoad = { answer, abort, waiting: 0 };
    answer.catch(() => forget(key, load));
    loads.set(key, load);
    shared = load;
  }
  return wait(key, shared, signal);
}

/** `shared`'s answer for one element, which may give up (abort) without aborting it for the others. */
function wait(key: string, shared: SharedLoad, signal: AbortSignal): Promise<Preferences> {
  return new Promise<Preferences>((resolve, reject) => {
    shared.waiting += 1;
    let waiting = true;
    const giveUp = () => {
      leave();
      if (shared.waiting === 0) {
        shared.abort.abort(signal.reason);
        forget(key, shared);
      }
      reject(signal.reason);
    };
    const leave = () => {
      if (!waiting) return;
      waiting = false;
      shared.waiting -= 1;
      signal.removeEventListener('abort', giveUp);
    };
    signal.addEventListener('abort', giveUp, { once: true });
    shared.answer.then(
      (preferences) => {
        leave();
        resolve(preferences);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

function forget(key: string, shared: SharedLoad): void {
  if (loads.get(key) === shared) loads.delete(key);
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
