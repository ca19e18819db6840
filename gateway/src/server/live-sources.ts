import { Repeater } from '@repeaterjs/repeater';
import type { PersonCaller, RequestContext } from '../common/caller.js';
import type { PropagationProofService } from '../propagation/index.js';
import type { LiveTopic, LiveTopics } from './live-topics.js';

/**
 * Where each subscription's messages come from. Each source yields once at once (so a client
 * holds the current state as soon as it subscribed, whatever changed before), then once per
 * change it may see, and once after this gateway lost and regained its LISTEN connection.
 * A message means "read again": the resolver answers with the current state.
 */
export class LiveSources {
  constructor(
    private readonly topics: LiveTopics,
    private readonly proofs: PropagationProofService,
  ) {}

  preferencesOf(caller: PersonCaller): AsyncIterable<true> {
    return this.#from(`preferences:${caller.personId}`);
  }

  requestsOf(caller: PersonCaller): AsyncIterable<true> {
    return this.#from(`requests:${caller.personId}`);
  }

  /** Any step of any request: the office's queue changed. */
  officeQueue(): AsyncIterable<true> {
    return this.#from('office-queue');
  }

  /** Refused, as the proof query is, for an event that is absent or not the caller's: with the same words. */
  async progressOf(caller: PersonCaller, eventId: string): Promise<AsyncIterable<true>> {
    await this.proofs.proof(caller, eventId);
    return this.#from(`propagation:${eventId}`);
  }

  #from(topic: LiveTopic): AsyncIterable<true> {
    return Repeater.merge([[true as const], this.topics.subscribe(topic), this.topics.subscribe('resync')]);
  }
}

/** The context of an operation over the WebSocket: the HTTP one, and the sources of this gateway. */
export interface LiveContext extends RequestContext {
  live?: LiveSources;
}

/** The sources, in a subscription's `subscribe`: only a WebSocket operation has them. */
export function liveSources(context: LiveContext): LiveSources {
  if (!context.live) throw new Error('A subscription runs over the WebSocket only');
  return context.live;
}
