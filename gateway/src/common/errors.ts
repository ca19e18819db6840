/**
 * The codes clients rely on (CONTRACT.md). Features throw a DomainError with one of them; the
 * server maps it to `extensions.code` in one place (server/error-formatting.ts).
 */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_CREDENTIALS',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_LOCKED',
  'RATE_LIMITED',
  'PASSKEY_REFUSED',
  'NUMBER_ON_FILE_REQUIRED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Extra, safe-to-show facts for the client, such as `attemptsLeft` or `retryAfterSeconds`. */
export type ErrorDetails = Record<string, string | number | boolean | string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function unauthenticated(message = 'Sign in to continue.'): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}

export function forbidden(message = 'You may not do this.', details: ErrorDetails = {}): DomainError {
  return new DomainError('FORBIDDEN', message, details);
}

export function badUserInput(message: string, details: ErrorDetails = {}): DomainError {
  return new DomainError('BAD_USER_INPUT', message, details);
}

export function notFound(message: string): DomainError {
  return new DomainError('NOT_FOUND', message);
}
