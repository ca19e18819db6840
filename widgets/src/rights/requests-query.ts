import { type DataRequestFragment, MyDataRequestsDocument } from '../graphql/generated.js';
import type { GraphQLClient } from '../graphql/graphql-client.js';
import { LiveController } from '../live/live-controller.js';
import type { PxElement } from '../px-element.js';
import { QueryController } from '../query/query-controller.js';
import { explainRequestError } from './request-errors.js';

/** While an export archive is being built, its progress is read again this often. */
const refreshMs = 1000;
/** A page of the person's requests; the gateway serves at most 100 at once. */
const pageSize = 20;
const largestPage = 100;

/** The requests shown, newest first, and where the next (older) page starts. */
export interface MyRequests {
  requests: DataRequestFragment[];
  /** The `endCursor` to read older requests from; null when none are left. */
  olderAfter: string | null;
}

const building = (request: DataRequestFragment) => request.exportArchive?.status === 'building';

async function readPage(client: GraphQLClient, signal: AbortSignal, first: number, after: string | null) {
  const { myRequests } = await client.request(MyDataRequestsDocument, { first, after }, signal);
  return {
    requests: myRequests.edges.map((edge) => edge.node),
    olderAfter: myRequests.pageInfo.hasNextPage ? (myRequests.pageInfo.endCursor ?? null) : null,
  };
}

/**
 * The signed-in person's requests, newest first, read again every second while an export is
 * being built; `onArchiveReady` hears of each export the list showed as building and now shows ready.
 * A reload reads as many as are shown (older pages included, up to the gateway's largest page).
 */
export function requestsQuery(
  host: PxElement,
  onArchiveReady: (request: DataRequestFragment) => void,
): QueryController<MyRequests> {
  const query: QueryController<MyRequests> = new QueryController(host, {
    load: ({ client, signal }) =>
      readPage(client, signal, Math.min(largestPage, Math.max(pageSize, query.value?.requests.length ?? 0)), null),
    perLanguage: false,
    explain: explainRequestError,
    shown: (mine, previous) => {
      const wasBuilding = new Set((previous?.requests ?? []).filter(building).map((request) => request.id));
      for (const request of mine.requests) {
        if (wasBuilding.has(request.id) && request.exportArchive?.status === 'ready') onArchiveReady(request);
      }
    },
    refresh: { everyMs: refreshMs, while: (mine) => mine.requests.some(building) },
  });
  // A step the office took, or a request filed in another tab: read again.
  new LiveController(host, 'requests', () => void query.reload());
  return query;
}

/** Reads the next older page and shows it below the requests shown. */
export function showOlderRequests(query: QueryController<MyRequests>): Promise<void> {
  const shown = query.value;
  if (!shown?.olderAfter) return Promise.resolve();
  const after = shown.olderAfter;
  return query.run(async ({ client, signal }) => {
    const older = await readPage(client, signal, pageSize, after);
    const known = new Set(shown.requests.map((request) => request.id));
    return {
      requests: [...shown.requests, ...older.requests.filter((request) => !known.has(request.id))],
      olderAfter: older.olderAfter,
    };
  });
}

/** `mine` with `filed` first: a request the person just filed, shown at once. */
export function withFiled(mine: MyRequests | undefined, filed: DataRequestFragment): MyRequests {
  return {
    requests: [filed, ...(mine?.requests ?? []).filter((known) => known.id !== filed.id)],
    olderAfter: mine?.olderAfter ?? null,
  };
}
