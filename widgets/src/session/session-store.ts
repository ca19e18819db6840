import { refreshSession } from './session-refresh.js';

/** What the page knows about the signed-in person: the bearer token, kept in memory only. */
export interface Session {
  accessToken: string;
  expiresAt: string | null;
}

type Listener = (session: Session | null) => void;

/**
 * The session of one page, shared by every element on it. The access token is never written to
 * localStorage, sessionStorage or a cookie readable by the page; a reload keeps the sign-in
 * through the gateway's HttpOnly refresh cookie instead (`restore`).
 */
export class SessionStore {
  #session: Session | null = null;
  #restore: Promise<void> | undefined;
  #restoring = false;
  readonly #listeners = new Set<Listener>();

  get current(): Session | null {
    return this.#session;
  }

  /** While the page asks the gateway whether a sign-in can be renewed: elements wait before they say "sign in". */
  get restoring(): boolean {
    return this.#restoring;
  }

  /**
   * Once per page, whichever element asks first (the others share the same request): renews the
   * sign-in of an earlier page load from the refresh cookie, if there is one.
   */
  restore(gatewayUrl: string): Promise<void> {
    this.#restore ??= this.#restoreFrom(gatewayUrl);
    return this.#restore;
  }

  async #restoreFrom(gatewayUrl: string): Promise<void> {
    this.#restoring = true;
    this.#notify();
    const session = await refreshSession(gatewayUrl);
    this.#restoring = false;
    // A sign-in completed meanwhile is newer than the one renewed.
    if (session && !this.#session) this.#session = session;
    this.#notify();
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
