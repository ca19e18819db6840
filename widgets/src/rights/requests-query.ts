import { type DataRequestFragment, MyDataRequestsDocument } from '../graphql/generated.js';
import { LiveController } from '../live/live-controller.js';
import type { PxElement } from '../px-element.js';
import { QueryController } from '../query/query-controller.js';
import { explainRequestError } from './request-errors.js';

/** While an export archive is being built, its progress is read again this often. */
const refreshMs = 1000;

const building = (request: DataRequestFragment) => request.exportArchive?.status === 'building';

/**
 * The signed-in person's requests, newest first, read again every second while an export is
 * being built; `onArchiveReady` hears of each export the list showed as building and now shows ready.
 */
export function requestsQuery(
  host: PxElement,
  onArchiveReady: (request: DataRequestFragment) => void,
): QueryController<DataRequestFragment[]> {
  const query = new QueryController(host, {
    load: async ({ client, signal }) =>
      (await client.request(MyDataRequestsDocument, {}, signal)).myDataSubjectRequests,
    perLanguage: false,
    explain: explainRequestError,
    shown: (requests, previous = []) => {
      const wasBuilding = new Set(previous.filter(building).map((request) => request.id));
      for (const request of requests) {
        if (wasBuilding.has(request.id) && request.exportArchive?.status === 'ready') onArchiveReady(request);
      }
    },
    refresh: { everyMs: refreshMs, while: (requests) => requests.some(building) },
  });
  // A step the office took, or a request filed in another tab: read again.
  new LiveController(host, 'requests', () => void query.reload());
  return query;
}

/** `requests` with `filed` first: a request the person just filed, shown at once. */
export function withFiled(requests: DataRequestFragment[] | undefined, filed: DataRequestFragment) {
  return [filed, ...(requests ?? []).filter((known) => known.id !== filed.id)];
}
