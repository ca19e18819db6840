import type { PxElement } from '../px-element.js';
import { type QueryContext, QueryController, type QueryOptions } from './query-controller.js';

/** The pages of a Relay connection read so far, newest first. */
export interface Paged<Item> {
  items: Item[];
  endCursor: string | null;
  hasMore: boolean;
}

/** Reads one page of a connection: after `after`, or from the start when it is null. */
export type PageReader<Item> = (context: QueryContext, after: string | null) => Promise<Paged<Item>>;

/** A list read one page at a time through one QueryController; `loadMore` adds the next page. */
export class PagedQuery<Item> {
  readonly query: QueryController<Paged<Item>>;

  constructor(
    host: PxElement,
    private readonly readPage: PageReader<Item>,
    options: Omit<QueryOptions<Paged<Item>>, 'load'> = {},
  ) {
    this.query = new QueryController(host, { ...options, load: (context) => readPage(context, null) });
  }

  /** The page after the last one shown, added to the list: a run of the query, so a reload started later wins. */
  loadMore(): Promise<void> {
    return this.query.run(async (context) => {
      const shown = this.query.value;
      const next = await this.readPage(context, shown?.endCursor ?? null);
      return { ...next, items: [...(shown?.items ?? []), ...next.items] };
    });
  }
}
