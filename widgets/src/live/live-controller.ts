import type { ReactiveController } from 'lit';
import type { PxElement } from '../px-element.js';
import { sessionStore } from '../session/session-store.js';
import { type LiveChange, liveChanges } from './live-changes.js';
import { followLiveChange } from './live-connection.js';

/**
 * Calls `onChange` whenever the gateway says the signed-in person's `change` happened, on this
 * page or anywhere else, while the element is connected and the page is signed in. The socket
 * follows the page's session (a token the host page gave an element is its own: not followed).
 */
export class LiveController implements ReactiveController {
  #following = '';
  #release: (() => void) | undefined;
  readonly #listener = () => this.onChange();

  constructor(
    private readonly host: PxElement,
    private readonly change: LiveChange,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    liveChanges.addEventListener(this.change, this.#listener);
  }

  hostUpdate(): void {
    const token = sessionStore.current?.accessToken;
    const wanted = token && this.host.gatewayUrl ? `${this.host.gatewayUrl}|${token}` : '';
    if (wanted === this.#following) return;
    this.#release?.();
    this.#following = wanted;
    this.#release = token && wanted ? followLiveChange(this.host.gatewayUrl, token, this.change) : undefined;
  }

  hostDisconnected(): void {
    liveChanges.removeEventListener(this.change, this.#listener);
    this.#release?.();
    this.#release = undefined;
    this.#following = '';
  }
}
