import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { checkPageSize } from '../common/cursor.js';
import { DataSubjectRequest } from './data-subject-request.entity.js';
import { newestAfter, requestPage } from './request-cursor.js';
import type { RequestsService } from './requests.service.js';
import type { DataSubjectRequestPageView } from './rights.types.js';

/** The largest page of the person's own requests. */
export const myRequestsLargestPage = 100;

/**
 * The person's own requests, newest first, a page at a time. Only the caller's rows are read: a
 * cursor is a place in that order, so one taken from someone else's list shows nothing of theirs.
 */
export class MyRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
  ) {}

  async page(
    caller: PersonCaller,
    first: number,
    after: string | null | undefined,
  ): Promise<DataSubjectRequestPageView> {
    checkPageSize(first, myRequestsLargestPage);
    const query = this.dataSource
      .getRepository(DataSubjectRequest)
      .createQueryBuilder('request')
      .where('request.subject_id = :subjectId', { subjectId: caller.personId });
    const rows = await newestAfter(query, first, after);
    return requestPage(rows, first, await this.requests.withHistory(rows.slice(0, first)));
  }
}
