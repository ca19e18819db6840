import type { DataSource } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import { type LiveNotice, liveChannel } from '../common/live-notice.js';
import { peopleWhoSee } from '../identity/index.js';
import { OutboxListener } from '../propagation/index.js';
import { personLinkedTo } from '../visitors/index.js';
import type { LiveTopics } from './live-topics.js';

export interface LiveFeedOptions {
  dataSource: DataSource;
  /** For LISTEN: a connection of its own, one per gateway process whatever the number of subscribers. */
  databaseUrl: string;
  topics: LiveTopics;
  /** A revoked session: its sockets close at once. */
  onSessionsRevoked: (revoked: { sessionId: string } | { personId: string }) => void;
  onError: (error: unknown) => void;
}

/**
 * Turns the notices every gateway's writes send on commit (common/live-notice.ts) into messages
 * for this process's subscribers, so a change through any gateway reaches a subscriber on any.
 * A notice names ids only; who may hear of it is decided here, against the database.
 */
export class LiveFeed {
  readonly #listener: OutboxListener;
  #started = false;

  constructor(private readonly options: LiveFeedOptions) {
    this.#listener = new OutboxListener(
      options.databaseUrl,
      (payload) => this.#received(payload),
      options.onError,
      liveChannel,
    );
  }

  /** Resolves once listening. */
  async start(): Promise<void> {
    await this.#listener.start();
    this.#started = true;
  }

  stop(): Promise<void> {
    return this.#listener.stop();
  }

  #received(payload: string | undefined): void {
    // Listening again after a lost connection: what was notified meanwhile is gone, so everyone reads again.
    if (payload === undefined) {
      if (this.#started) this.options.topics.publish('resync');
      return;
    }
    this.#route(JSON.parse(payload) as LiveNotice).catch(this.options.onError);
  }

  async #route(notice: LiveNotice): Promise<void> {
    const { topics } = this.options;
    switch (notice.kind) {
      case 'preferences': {
        // A line's choices reach the person it is assigned to and its account's administrators. A
        // browser is none of person, line or contact (nobody found): its answers reach the person it was linked to.
        if (!topics.followsPreferences()) return;
        const manager = this.options.dataSource.manager;
        const seers = await peopleWhoSee(manager, notice.subjectId);
        const people = seers.length > 0 ? seers : await personLinkedTo(manager, notice.subjectId);
        for (const personId of people) {
          topics.publish(`preferences:${personId}`);
        }
        return;
      }
      case 'request':
        topics.publish(`requests:${notice.subjectId}`);
        topics.publish('office-queue');
        return;
      case 'propagation':
        topics.publish(`propagation:${notice.eventId}`);
        return;
      case 'session-revoked':
        this.options.onSessionsRevoked({ sessionId: notice.sessionId });
        return;
      case 'sessions-revoked':
        this.options.onSessionsRevoked({ personId: notice.personId });
        return;
      default:
        assertNever(notice);
    }
  }
}
