import { registerEnumType } from 'type-graphql';
import type { ValueOf } from '../common/domain-list.js';
import type { DataSubjectRequest } from './data-subject-request.entity.js';
import { mayTake, type OfficeAction } from './request-lifecycle.js';

/** The steps the office's screens offer as buttons: the lifecycle's actions, and the two that fulfil a request. */
export const OfficeStep = {
  ASSIGN: 'assign',
  CONFIRM_IDENTITY: 'confirm-identity',
  ASK_INFORMATION: 'ask-information',
  RECORD_INFORMATION: 'record-information',
  EXTEND: 'extend',
  DECIDE_OBJECTION: 'decide-objection',
  CARRY_OUT_ERASURE: 'carry-out-erasure',
  COMPLETE: 'complete',
  REJECT: 'reject',
} as const;
export type OfficeStep = ValueOf<typeof OfficeStep>;

registerEnumType(OfficeStep, {
  name: 'OfficeStep',
  description: 'A step the data protection office may take on a request; each is one mutation.',
  valuesConfig: {
    ASSIGN: { description: '`assignRequest`.' },
    CONFIRM_IDENTITY: { description: '`confirmRequesterIdentity`.' },
    ASK_INFORMATION: { description: '`askForInformation`.' },
    RECORD_INFORMATION: { description: '`recordInformationReceived`.' },
    EXTEND: { description: '`extendRequestDeadline`, once, before the first deadline passes.' },
    DECIDE_OBJECTION: { description: '`decideObjection`: how an objection or a review is completed.' },
    CARRY_OUT_ERASURE: { description: '`carryOutErasure`: how an erasure is completed.' },
    COMPLETE: { description: '`completeRequest`, with the answer given.' },
    REJECT: { description: '`rejectRequest`, with the reason.' },
  },
});

const lifecycleSteps: OfficeAction[] = [
  'assign',
  'confirm-identity',
  'ask-information',
  'record-information',
  'extend',
  'complete',
  'reject',
];

/**
 * What the office may do with the request now. An erasure is completed by carrying it out and an
 * objection by deciding it, so those take the place of a bare "complete".
 */
export function officeStepsOf(request: Pick<DataSubjectRequest, 'type' | 'status' | 'extended'>): OfficeStep[] {
  const fulfilment: OfficeStep =
    request.type === 'erasure'
      ? 'carry-out-erasure'
      : request.type === 'objection' || request.type === 'automated-decision-review'
        ? 'decide-objection'
        : 'complete';
  return lifecycleSteps
    .filter((action) => mayTake(action, request.status) && !(action === 'extend' && request.extended))
    .map((action) => (action === 'complete' ? fulfilment : action));
}
