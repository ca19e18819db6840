import { DomainError } from '../common/errors.js';

export function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', 'The e-mail address or the password is not correct.');
}

export function codeInvalid(attemptsLeft: number): DomainError {
  return new DomainError('CODE_INVALID', 'This code is not correct.', { attemptsLeft });
}

export function challengeUnknown(): DomainError {
  return new DomainError('CODE_INVALID', 'This code can no longer be used. Start again to receive a new one.', {
    attemptsLeft: 0,
  });
}

export function codeExpired(): DomainError {
  return new DomainError('CODE_EXPIRED', 'This code has expired. Start again to receive a new one.');
}

export function codeLocked(): DomainError {
  return new DomainError('CODE_LOCKED', 'Too many wrong codes. Start again to receive a new one.');
}

export function rateLimited(reason: string, retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', reason, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
}

export function resetLinkInvalid(): DomainError {
  return new DomainError(
    'CODE_INVALID',
    'This password-reset link is not valid or was already used. Ask for a new one.',
  );
}

export function resetLinkExpired(): DomainError {
  return new DomainError('CODE_EXPIRED', 'This password-reset link has expired. Ask for a new one.');
}

export function refreshRefused(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'This session has ended. Sign in again.');
}

export function refreshRaced(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Another tab renewed this session at the same moment. Try again: the browser now holds the new credential.',
  );
}

export function refreshNotAllowed(): DomainError {
  return new DomainError('FORBIDDEN', 'A session is renewed only from an allowed site, with the px-refresh header.');
}
