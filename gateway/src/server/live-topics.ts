import { Repeater, SlidingBuffer } from '@repeaterjs/repeater';
import type { PubSub } from 'type-graphql';

/**
 * What a subscriber of this gateway process listens to: a person's choices or requests, any
 * request (the office's queue), one event's propagation, and `resync` (after the LISTEN connection was lost, everyone reads again).
 */
export type LiveTopic =
  | `preferences:${string}`
  | `requests:${string}`
  | 'office-queue'
  | `propagation:${string}`
  | 'resync';

/**
 * The in-process fan-out. A message says only "read again": every subscription answers with the
 * current state, so two messages waiting for a slow client are one (a buffer of one that keeps
 * the newest), and a burst of changes costs one read per subscriber, not one per change.
 */
export class LiveTopics implements PubSub {
  readonly #listeners = new Map<string, Set<() => void>>();
  #preferenceTopics = 0;

  /** Whether anyone on this gateway follows someone's choices: when nobody does, a change costs no lookup. */
  followsPreferences(): boolean {
    return this.#preferenceTopics > 0;
  }

  publish(topic: LiveTopic): void {
    for (const listener of this.#listeners.get(topic) ?? []) listener();
  }

  /** Every message of `topic` from now on, until the iteration ends (merge several with `Repeater.merge`). */
  subscribe(topic: LiveTopic): AsyncIterable<true> {
    return new Repeater<true>(async (push, stop) => {
      const listener = () => void push(true);
      const listeners = this.#listeners.get(topic) ?? new Set();
      if (listeners.size === 0 && topic.startsWith('preferences:')) this.#preferenceTopics += 1;
      listeners.add(listener);
      this.#listeners.set(topic, listeners);
      await stop;
      listeners.delete(listener);
      if (listeners.size === 0) {
        this.#listeners.delete(topic);
        if (topic.startsWith('preferences:')) this.#preferenceTopics -= 1;
      }
    }, new SlidingBuffer(1));
  }
}
