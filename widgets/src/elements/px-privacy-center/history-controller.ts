import type { ReactiveController } from 'lit';
import { explain } from '../../graphql/gateway-error.js';
import { PreferenceHistoryDocument, type PreferenceHistoryQuery } from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import { onPreferencesChanged } from '../../preferences/preferences-cache.js';
import type { PxElement } from '../../px-element.js';

export type HistoryEvent = PreferenceHistoryQuery['preferenceHistory']['edges'][number]['node'];

const pageSize = 20;

/** The person's changes and those of their lines, newest first; read again after every change on the page. */
export class HistoryController implements ReactiveController {
  events: HistoryEvent[] = [];
  endCursor: string | null = null;
  hasMore = false;
  error = '';
  #token: string | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly host: PxElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = onPreferencesChanged(() => void this.load());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }

  hostUpdate(): void {
    const token = this.host.session.token;
    if (token === this.#token) return;
    this.#token = token;
    this.events = [];
    this.hasMore = false;
    if (token) void this.load();
  }

  /** The first page again, or with `more` the page after the last one shown. */
  async load(more = false): Promise<void> {
    const token = this.#token;
    if (!token) return;
    try {
      const client = new GraphQLClient(this.host.gatewayUrl, token);
      const { preferenceHistory } = await client.request(PreferenceHistoryDocument, {
        first: pageSize,
        after: more ? this.endCursor : null,
      });
      if (token !== this.#token) return;
      const events = preferenceHistory.edges.map((edge) => edge.node);
      this.events = more ? [...this.events, ...events] : events;
      this.endCursor = preferenceHistory.pageInfo.endCursor;
      this.hasMore = preferenceHistory.pageInfo.hasNextPage;
      this.error = '';
    } catch (error) {
      this.error = explain(error, this.host.texts);
      this.host.session.forgetIfEnded(error, token);
    }
    this.host.requestUpdate();
  }
}
