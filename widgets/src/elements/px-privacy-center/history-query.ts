import { PreferenceHistoryDocument, type PreferenceHistoryQuery } from '../../graphql/generated.js';
import { onPreferencesChanged } from '../../preferences/preferences-cache.js';
import type { PxElement } from '../../px-element.js';
import { type QueryContext, QueryController } from '../../query/query-controller.js';

export type HistoryEvent = PreferenceHistoryQuery['preferenceHistory']['edges'][number]['node'];

/** The pages of the history read so far. */
export interface History {
  events: HistoryEvent[];
  endCursor: string | null;
  hasMore: boolean;
}

const pageSize = 20;

async function historyPage({ client, signal }: QueryContext, after: string | null): Promise<History> {
  const { preferenceHistory } = await client.request(PreferenceHistoryDocument, { first: pageSize, after }, signal);
  return {
    events: preferenceHistory.edges.map((edge) => edge.node),
    endCursor: preferenceHistory.pageInfo.endCursor,
    hasMore: preferenceHistory.pageInfo.hasNextPage,
  };
}

/** The person's changes and those of their lines, newest first, one page at a time; read again after every change on the page. */
export function historyQuery(host: PxElement): QueryController<History> {
  return new QueryController(host, {
    load: (context) => historyPage(context, null),
    perLanguage: false,
    reloadWhen: onPreferencesChanged,
  });
}

/** The page after the last one shown, added to the list: a run of `history`, so a reload started later wins. */
export function loadMoreHistory(history: QueryController<History>): Promise<void> {
  return history.run(async (context) => {
    const shown = history.value;
    const next = await historyPage(context, shown?.endCursor ?? null);
    return { ...next, events: [...(shown?.events ?? []), ...next.events] };
  });
}
