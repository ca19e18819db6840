/** What the page knows about the signed-in person: the bearer token, kept in memory only. */
export interface Session {
  accessToken: string;
  expiresAt: string | null;
}

type Listener = (session: Session | null) => void;

/**
 * The session of one page, shared by every element on it. Deliberately never written to
 * localStorage, sessionStorage or cookies: a reload signs the person out.
 */
export class SessionStore {
  #session: Session | null = null;
  readonly #listeners = new Set<Listener>();

  get current(): Session | null {
    return this.#session;
  }

  signIn(session: Session): void {
    this.#session = session;
    this.#notify();
  }

  signOut(): void {
    if (!this.#session) return;
    this.#session = null;
    this.#notify();
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener(this.#session);
  }
}

// On globalThis under a registered symbol, so that two bundles of the widgets on one page
// (a federation remote and the plain module) still share one session.
const storeKey = Symbol.for('proximus-privacy.session-store');
const globalScope = globalThis as typeof globalThis & { [storeKey]?: SessionStore };

/** The page's one session store. */
export const sessionStore: SessionStore = globalScope[storeKey] ?? new SessionStore();
globalScope[storeKey] = sessionStore;
