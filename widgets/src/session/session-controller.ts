import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GatewayError } from '../graphql/gateway-error.js';
import { type Session, sessionStore } from './session-store.js';

interface TokenHost extends ReactiveControllerHost {
  /** A token the host page gave this element; it wins over the page's session. */
  accessToken?: string | undefined;
}

/** Re-renders its element whenever the page's session changes, and tells which token to send. */
export class SessionController implements ReactiveController {
  #unsubscribe: (() => void) | undefined;
  /** The session last told to `onChange`: the store also notifies when a restore starts or ends without one. */
  #known: Session | null = sessionStore.current;

  constructor(
    private readonly host: TokenHost,
    private readonly onChange: (session: Session | null) => void = () => {},
  ) {
    host.addController(this);
  }

  /** The host page's token when it gave one, else the signed-in session's, else none. */
  get token(): string | undefined {
    return this.host.accessToken || sessionStore.current?.accessToken;
  }

  /**
   * After a refusal: when the gateway no longer knows the page session's token (expired, or
   * signed out elsewhere), the page forgets it, so that px-sign-in asks to sign in again.
   * A token the host page gave is the host page's to replace.
   */
  forgetIfEnded(error: unknown, tokenUsed: string | undefined): void {
    const ended = error instanceof GatewayError && error.code === 'UNAUTHENTICATED';
    if (ended && !this.host.accessToken && tokenUsed && tokenUsed === sessionStore.current?.accessToken) {
      sessionStore.signOut();
    }
  }

  hostConnected(): void {
    this.#unsubscribe = sessionStore.subscribe((session) => {
      this.host.requestUpdate();
      if (session === this.#known) return;
      this.#known = session;
      this.onChange(session);
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
