import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { DataSubjectRequest } from './data-subject-request.entity.js';
import { newestAfter, requestPage } from './request-cursor.js';
import type { RequestsService } from './requests.service.js';
import type { DataSubjectRequestPageView, RequestFilterInput } from './rights.types.js';

const open = ['awaiting-identity', 'in-progress', 'awaiting-information'];
const weekMs = 7 * 86_400_000;

/** The data protection office's queue: every request, filtered, newest first, by cursor. */
export class OfficeQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly requests: RequestsService,
  ) {}

  async queue(
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
    return requestPage(rows, first, await this.requests.withHistory(rows.slice(0, first)));
  }
}
