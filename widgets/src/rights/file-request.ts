import { assertNever } from '../assert-never.js';
import {
  type DataRequestFragment,
  FileMotivatedObjectionDocument,
  RequestAutomatedDecisionReviewDocument,
  RequestDataAccessDocument,
  RequestDataExportDocument,
  RequestErasureDocument,
  RequestRectificationDocument,
  type RequestType,
} from '../graphql/generated.js';
import type { GraphQLClient } from '../graphql/graphql-client.js';

/** What the person fills in: the type of request, and the texts that type needs. */
export type RequestForm =
  | { type: 'ACCESS' | 'EXPORT' | 'ERASURE' }
  | { type: 'RECTIFICATION'; correction: string }
  | { type: 'OBJECTION'; processing: string; reason: string }
  | { type: 'AUTOMATED_DECISION_REVIEW'; decision: string };

/** The order in which the form offers them. */
export const requestTypes: readonly RequestType[] = [
  'ACCESS',
  'EXPORT',
  'RECTIFICATION',
  'ERASURE',
  'OBJECTION',
  'AUTOMATED_DECISION_REVIEW',
];

/** The fields each type needs besides its type, in the order the form shows them. */
export const fieldsOf: Record<RequestType, readonly ('correction' | 'processing' | 'reason' | 'decision')[]> = {
  ACCESS: [],
  EXPORT: [],
  ERASURE: [],
  RECTIFICATION: ['correction'],
  OBJECTION: ['processing', 'reason'],
  AUTOMATED_DECISION_REVIEW: ['decision'],
};

/** The value of the objection's list that asks for the processing in the person's words. */
export const otherProcessing = 'other';

/** The form's values as the request of that type (trimmed; the inputs' `required` keeps them non-empty). */
export function requestFormOf(type: RequestType, values: FormData): RequestForm {
  const text = (name: string) => String(values.get(name) ?? '').trim();
  switch (type) {
    case 'ACCESS':
    case 'EXPORT':
    case 'ERASURE':
      return { type };
    case 'RECTIFICATION':
      return { type, correction: text('correction') };
    case 'OBJECTION': {
      // The purpose picked from the list, or the person's words for another processing.
      const processing = text('processing') === otherProcessing ? text('processingOther') : text('processing');
      return { type, processing, reason: text('reason') };
    }
    case 'AUTOMATED_DECISION_REVIEW':
      return { type, decision: text('decision') };
    default:
      return assertNever(type);
  }
}

/** Sends the mutation of this type of request, with a fresh idempotency key; returns the request as filed. */
export async function fileRequest(client: GraphQLClient, form: RequestForm): Promise<DataRequestFragment> {
  switch (form.type) {
    case 'ACCESS':
      return (await client.mutate(RequestDataAccessDocument, {})).requestDataAccess;
    case 'EXPORT':
      return (await client.mutate(RequestDataExportDocument, {})).requestDataExport;
    case 'ERASURE':
      return (await client.mutate(RequestErasureDocument, {})).requestErasure;
    case 'RECTIFICATION':
      return (await client.mutate(RequestRectificationDocument, { correction: form.correction })).requestRectification;
    case 'OBJECTION': {
      const input = { processing: form.processing, reason: form.reason };
      return (await client.mutate(FileMotivatedObjectionDocument, input)).fileMotivatedObjection;
    }
    case 'AUTOMATED_DECISION_REVIEW': {
      const input = { decision: form.decision };
      return (await client.mutate(RequestAutomatedDecisionReviewDocument, input)).requestAutomatedDecisionReview;
    }
    default:
      return assertNever(form);
  }
}
