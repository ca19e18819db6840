import type { PersonCaller } from '../common/caller.js';
import { badUserInput } from '../common/errors.js';
import { stopProcessingByOfficeDecision } from '../preferences/index.js';
import type { RequestsService } from './requests.service.js';
import { noteRequired } from './rights.errors.js';
import type { DataSubjectRequestView } from './rights.types.js';

/** Said once before a leading "Upheld:" or "Not upheld:": notes written for the person often start with it. */
const writtenDecision = /^\s*(not\s+)?upheld\s*:\s*/i;

/** The answer the person gets: the decision, then the office's reasons. */
export function decisionOutcome(upheld: boolean, note: string): string {
  return `${upheld ? 'Upheld' : 'Not upheld'}: ${note.replace(writtenDecision, '')}`;
}

/**
 * The office decides a motivated objection or the review of an automated decision. An upheld
 * objection stops that processing for the person, in the same transaction, and reaches the
 * downstream systems like any change.
 */
export class ObjectionDecisionService {
  constructor(private readonly requests: RequestsService) {}

  async decide(
    caller: PersonCaller,
    input: { requestId: string; upheld: boolean; purpose?: string | null; note?: string | null },
  ): Promise<DataSubjectRequestView> {
    const note = input.note?.trim();
    if (!note) throw noteRequired('note', 'the reasons of the decision');
    return this.requests.completeWith(
      caller,
      input.requestId,
      ['objection', 'automated-decision-review'],
      async (manager, request, now) => {
        const outcome = decisionOutcome(input.upheld, note);
        if (!input.upheld || request.type !== 'objection') return { outcome, note: outcome };
        if (!input.purpose) throw badUserInput('Name the purpose whose processing stops.', { field: 'purpose' });
        if (request.subjectKind !== 'person') throw badUserInput('Only a customer’s processing can be stopped here.');
        await stopProcessingByOfficeDecision(manager, {
          personId: request.subjectId,
          purposeKey: input.purpose,
          officeId: caller.personId,
          collectionChannel: request.filedThrough,
          at: now,
        });
        return { outcome, note: `${outcome} (processing of ${input.purpose} stopped)` };
      },
    );
  }
}
