import { assertNever } from '../../assert-never.js';
import {
  OfficeAskInformationDocument,
  OfficeAssignDocument,
  type OfficeAssignMutation,
  OfficeCarryOutErasureDocument,
  OfficeCompleteDocument,
  OfficeConfirmIdentityDocument,
  OfficeDecideObjectionDocument,
  OfficeExtendDocument,
  OfficeRecordInformationDocument,
  OfficeRejectDocument,
  type OfficeStep,
} from '../../graphql/generated.js';
import type { GraphQLClient } from '../../graphql/graphql-client.js';

export type OfficeRequestValue = OfficeAssignMutation['assignRequest'];

/** What the officer wrote in a step's form. */
export interface StepInput {
  note: string;
  upheld: boolean;
  purpose: string;
}

/** Steps whose note the gateway requires (it refuses them without one). */
export const noteRequiredFor: ReadonlySet<OfficeStep> = new Set([
  'ASK_INFORMATION',
  'EXTEND',
  'DECIDE_OBJECTION',
  'COMPLETE',
  'REJECT',
]);

/** Steps that close the request with an answer the person sees, previewed before they are taken. */
export const answeringSteps: ReadonlySet<OfficeStep> = new Set([
  'DECIDE_OBJECTION',
  'CARRY_OUT_ERASURE',
  'COMPLETE',
  'REJECT',
]);

/** Takes one step: each is its own mutation of the gateway, answering with the request as it now stands. */
export async function takeStep(
  client: GraphQLClient,
  requestId: string,
  step: OfficeStep,
  { note, upheld, purpose }: StepInput,
): Promise<OfficeRequestValue> {
  const input = { requestId, ...(note ? { note } : {}) };
  switch (step) {
    case 'ASSIGN':
      return (await client.request(OfficeAssignDocument, { input })).assignRequest;
    case 'CONFIRM_IDENTITY':
      return (await client.request(OfficeConfirmIdentityDocument, { input })).confirmRequesterIdentity;
    case 'ASK_INFORMATION':
      return (await client.request(OfficeAskInformationDocument, { input })).askForInformation;
    case 'RECORD_INFORMATION':
      return (await client.request(OfficeRecordInformationDocument, { input })).recordInformationReceived;
    case 'EXTEND':
      return (await client.request(OfficeExtendDocument, { input })).extendRequestDeadline;
    case 'COMPLETE':
      return (await client.request(OfficeCompleteDocument, { input })).completeRequest;
    case 'REJECT':
      return (await client.request(OfficeRejectDocument, { input })).rejectRequest;
    case 'DECIDE_OBJECTION':
      return (
        await client.request(OfficeDecideObjectionDocument, {
          requestId,
          upheld,
          note,
          ...(purpose ? { purpose } : {}),
        })
      ).decideObjection;
    case 'CARRY_OUT_ERASURE':
      return (await client.request(OfficeCarryOutErasureDocument, { requestId })).carryOutErasure;
    default:
      return assertNever(step);
  }
}
