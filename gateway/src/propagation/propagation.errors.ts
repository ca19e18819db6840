import { badUserInput, DomainError } from '../common/errors.js';

export function unknownPurposes(unknown: string[]): DomainError {
  return badUserInput(`Unknown purposes: ${unknown.join(', ')}.`, { field: 'purposes' });
}

export function systemKeyTaken(key: string): DomainError {
  return new DomainError('CONFLICT', `A downstream system "${key}" exists already.`, { field: 'key' });
}

export function systemNotFound(key: string): DomainError {
  return new DomainError('NOT_FOUND', `No downstream system "${key}".`);
}

export function invalidWebhookUrl(): DomainError {
  return badUserInput('The webhook URL must be an http or https address.', { field: 'webhookUrl' });
}
