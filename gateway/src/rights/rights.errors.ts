import { badUserInput, DomainError } from '../common/errors.js';
import type { RequestStatus } from './data-subject-request.entity.js';
import type { OfficeAction } from './request-lifecycle.js';

export function stepNotAllowed(action: OfficeAction, status: RequestStatus): DomainError {
  return new DomainError('CONFLICT', `A request that is ${status} cannot ${action.replace('-', ' ')}.`, {
    status,
  });
}

export function requestNotFound(): DomainError {
  return new DomainError('NOT_FOUND', 'No such request.');
}

export function alreadyExtended(): DomainError {
  return new DomainError('CONFLICT', 'The deadline was extended once already; the law allows no more.');
}

export function extensionTooLate(): DomainError {
  return new DomainError('CONFLICT', 'The person must be told of an extension before the first deadline passes.');
}

export function noteRequired(field: string, what: string): DomainError {
  return badUserInput(`Give ${what}.`, { field });
}
