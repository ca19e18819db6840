import type { SelectQueryBuilder } from 'typeorm';
import { cursorNotGiven, decodeCursor, encodeCursor, forwardPage } from '../common/cursor.js';
import type { DataSubjectRequest } from './data-subject-request.entity.js';
import { DataSubjectRequestPageView, type DataSubjectRequestView } from './rights.types.js';

/** Requests are listed newest first: a cursor is the place of one request in that order. */
export function requestCursor(request: DataSubjectRequest): string {
  return encodeCursor('request', `${request.receivedAt.toISOString()}|${request.id}`);
}

const requestPoint =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The place a request cursor points at; a date that is no date is a cursor the gateway did not give. */
export function requestCursorPoint(cursor: string): [Date, string] {
  const [, at, id] = requestPoint.exec(decodeCursor('request', cursor, requestPoint)) ?? [];
  const date = new Date(at as string);
  if (Number.isNaN(date.getTime()) || date.toISOString() !== at) throw cursorNotGiven();
  return [date, id as string];
}

/**
 * A page of requests from `rows` read with `first + 1`, newest first, with their views; the
 * deprecated `requests` and `nextCursor` of decision 15 filled from the edges.
 */
export function requestPage(
  rows: DataSubjectRequest[],
  first: number,
  views: DataSubjectRequestView[],
): DataSubjectRequestPageView {
  const byId = new Map(views.map((view) => [view.id, view]));
  const connection = forwardPage(
    rows,
    first,
    requestCursor,
    (request) => byId.get(request.id) as DataSubjectRequestView,
  );
  return Object.assign(new DataSubjectRequestPageView(), {
    ...connection,
    requests: connection.edges.map((edge) => edge.node),
    nextCursor: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
  });
}

/** `first + 1` rows of `query` (aliased `request`) after the cursor `after`, newest first: the rows of `requestPage`. */
export function newestAfter(
  query: SelectQueryBuilder<DataSubjectRequest>,
  first: number,
  after: string | null | undefined,
): Promise<DataSubjectRequest[]> {
  if (after) {
    const [receivedAt, id] = requestCursorPoint(after);
    query.andWhere('(request.received_at, request.id) < (:receivedAt, :id)', { receivedAt, id });
  }
  return query
    .orderBy('request.received_at', 'DESC')
    .addOrderBy('request.id', 'DESC')
    .take(first + 1)
    .getMany();
}
