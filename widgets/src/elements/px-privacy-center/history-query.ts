import { PreferenceHistoryDocument, type PreferenceHistoryQuery } from '../../graphql/generated.js';
import { onPreferencesChanged } from '../../preferences/preferences-cache.js';
import type { PxElement } from '../../px-element.js';
import { type Paged, PagedQuery } from '../../query/paged-query.js';

export type HistoryEvent = PreferenceHistoryQuery['preferenceHistory']['edges'][number]['node'];

/** The pages of the history read so far. */
export type History = Paged<HistoryEvent>;

const pageSize = 20;

/** The person's changes and those of their lines, newest first, one page at a time; read again after every change on the page. */
export function historyQuery(host: PxElement): PagedQuery<HistoryEvent> {
  return new PagedQuery(
    host,
    async ({ client, signal }, after) => {
      const { preferenceHistory } = await client.request(PreferenceHistoryDocument, { first: pageSize, after }, signal);
      return {
        items: preferenceHistory.edges.map((edge) => edge.node),
        endCursor: preferenceHistory.pageInfo.endCursor,
        hasMore: preferenceHistory.pageInfo.hasNextPage,
      };
    },
    { perLanguage: false, reloadWhen: onPreferencesChanged },
  );
}
