import type { RequestStatus } from './data-subject-request.entity.js';

/** What the office does to a request; each is a step of its history. */
export type OfficeAction =
  | 'confirm-identity'
  | 'assign'
  | 'ask-information'
  | 'record-information'
  | 'extend'
  | 'complete'
  | 'reject';

const open: RequestStatus[] = ['awaiting-identity', 'in-progress', 'awaiting-information'];

/** The states each action may start from; anything else is a CONFLICT. */
export const allowedFrom: Record<OfficeAction, readonly RequestStatus[]> = {
  'confirm-identity': ['awaiting-identity'],
  assign: open,
  // Before the identity is confirmed, this is how the office asks for the front of an identity card.
  'ask-information': ['awaiting-identity', 'in-progress'],
  'record-information': ['awaiting-information'],
  extend: ['in-progress', 'awaiting-information'],
  complete: ['in-progress'],
  reject: open,
};

export function mayTake(action: OfficeAction, status: RequestStatus): boolean {
  return allowedFrom[action].includes(status);
}
