import { StaffReadsOfMyDataDocument, type StaffReadsOfMyDataQuery } from '../../graphql/generated.js';
import type { PxElement } from '../../px-element.js';
import { type Paged, PagedQuery } from '../../query/paged-query.js';

export type StaffRead = StaffReadsOfMyDataQuery['staffReadsOfMyData']['edges'][number]['node'];

/** The pages of the log of staff reads about the person read so far. */
export type StaffReads = Paged<StaffRead>;

const pageSize = 20;

/** Who of the staff read the person's data (and their lines'), newest first; the texts are the widget's, so one read serves every language. */
export function staffReadsQuery(host: PxElement): PagedQuery<StaffRead> {
  return new PagedQuery(
    host,
    async ({ client, signal }, after) => {
      const { staffReadsOfMyData } = await client.request(
        StaffReadsOfMyDataDocument,
        { first: pageSize, after },
        signal,
      );
      return {
        items: staffReadsOfMyData.edges.map((edge) => edge.node),
        endCursor: staffReadsOfMyData.pageInfo.endCursor,
        hasMore: staffReadsOfMyData.pageInfo.hasNextPage,
      };
    },
    { perLanguage: false },
  );
}
