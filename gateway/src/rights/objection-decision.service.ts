import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { stopProcessingByOfficeDecision } from '../preferences/preference-change.service.js';
import { DataSubjectRequest } from './data-subject-request.entity.js';
import { RequestEvent } from './request-event.entity.js';
import type { RequestsService } from './requests.service.js';
import { noteRequired, requestNotFound, stepNotAllowed } from './rights.errors.js';
import type { DataSubjectRequestView } from './rights.types.js';

/**
 * The office decides a motivated objection or the review of an automated decision. An upheld
 * objection stops that processing for the person, in the same transaction, and reaches the
 * downstream systems like any change.
 */
export class ObjectionDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly requests: RequestsService,
  ) {}

  async decide(
    caller: PersonCaller,
    input: { requestId: string; upheld: boolean; purpose?: string | null; note?: string | null },
  ): Promise<DataSubjectRequestView> {
    const note = input.note?.trim();
    if (!note) throw noteRequired('note', 'the reasons of the decision');
    const now = this.clock.now();
    const request = await this.dataSource.transaction(async (manager) => {
      const request = await manager
        .findOne(DataSubjectRequest, { where: { id: input.requestId }, lock: { mode: 'pessimistic_write' } })
        .catch(() => null);
      if (!request || (request.type !== 'objection' && request.type !== 'automated-decision-review'))
        throw requestNotFound();
      if (request.status !== 'in-progress') throw stepNotAllowed('complete', request.status);
      let changed: string[] = [];
      if (input.upheld && request.type === 'objection') {
        if (!input.purpose) throw badUserInput('Name the purpose whose processing stops.', { field: 'purpose' });
        if (request.subjectKind !== 'person') throw badUserInput('Only a customer’s processing can be stopped here.');
        changed = await stopProcessingByOfficeDecision(manager, {
          personId: request.subjectId,
          purposeKey: input.purpose,
          officeId: caller.personId,
          collectionChannel: request.filedThrough,
          at: now,
        });
      }
      request.status = 'completed';
      request.closedAt = now;
      request.dueAt = null;
      request.outcome = `${input.upheld ? 'Upheld' : 'Not upheld'}: ${note}`;
      await manager.save(request);
      await manager.insert(RequestEvent, {
        requestId: request.id,
        step: 'completed',
        actorId: caller.personId,
        note: changed.length > 0 ? `${request.outcome} (processing of ${input.purpose} stopped)` : request.outcome,
        at: now,
      });
      return request;
    });
    const [view] = await this.requests.withHistory([request]);
    if (!view) throw requestNotFound();
    return view;
  }
}
