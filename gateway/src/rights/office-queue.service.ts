import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { logStaffRead } from '../common/staff-reads.js';
import { DataSubjectRequest } from './data-subject-request.entity.js';
import { newestAfter, requestPage } from './request-cursor.js';
import type { RequestsService } from './requests.service.js';
import { requestNotFound } from './rights.errors.js';
import type { DataSubjectRequestPageView, DataSubjectRequestView, RequestFilterInput } from './rights.types.js';

const open = ['awaiting-identity', 'in-progress', 'awaiting-information'];
const weekMs = 7 * 86_400_000;

/**
 * The data protection office's queue: every request, filtered, newest first, by cursor. A page
 * shows what people wrote and who they are, so reading it is a staff read of every subject on it.
 */
export class OfficeQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly requests: RequestsService,
  ) {}

  /** One request, as the office works it; a staff read of its subject. */
  async request(caller: PersonCaller, id: string): Promise<DataSubjectRequestView> {
    const found = await this.dataSource.getRepository(DataSubjectRequest).findBy({ id });
    const [view] = await this.requests.withHistory(found);
    if (!view) throw requestNotFound();
    await logStaffRead(this.dataSource.manager, caller, view.subjectId, 'dataSubjectRequest', this.clock.now());
    return view;
  }

  async queue(
    caller: PersonCaller,
    filter: RequestFilterInput,
    first: number,
    after: string | null | undefined,
  ): Promise<DataSubjectRequestPageView> {
    if (first < 1 || first > 200) throw badUserInput('first is 1 to 200.', { field: 'first' });
    const now = this.clock.now();
    const query = this.dataSource.getRepository(DataSubjectRequest).createQueryBuilder('request');
    if (filter.status) query.andWhere('request.status = :status', { status: filter.status });
    if (filter.type) query.andWhere('request.type = :type', { type: filter.type });
    if (filter.subjectId) query.andWhere('request.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.assigneeId) query.andWhere('request.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.dueBefore) query.andWhere('request.due_at < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.overdue !== undefined && filter.overdue !== null) {
      query.andWhere(
        filter.overdue
          ? 'request.status IN (:...open) AND request.due_at < :now'
          : 'NOT (request.status IN (:...open) AND request.due_at IS NOT NULL AND request.due_at < :now)',
        { open, now },
      );
    }
    if (filter.dueSoon) {
      query.andWhere('request.status IN (:...open) AND request.due_at >= :now AND request.due_at < :soon', {
        open,
        now,
        soon: new Date(now.getTime() + weekMs),
      });
    }
    const rows = await newestAfter(query, first, after);
    const page = rows.slice(0, first);
    for (const subjectId of new Set(page.map((request) => request.subjectId))) {
      await logStaffRead(this.dataSource.manager, caller, subjectId, 'dataSubjectRequests', now);
    }
    return requestPage(rows, first, await this.requests.withHistory(page));
  }
}
