import { DomainError } from '../common/errors.js';

/**
 * The passkey's answer did not verify: wrong origin or relying party, bad signature, a challenge
 * already used or never given, a passkey unknown or removed. One code and one text for all, so
 * that the answer tells an attacker nothing about which check failed.
 */
export function passkeyRefused(): DomainError {
  return new DomainError(
    'PASSKEY_REFUSED',
    'This passkey could not be used here. Start again, or sign in with your password.',
  );
}

/** The error of an answer that was not verified: its challenge expired, or it was refused. */
export function ceremonyRefusal(reason: 'unknown' | 'expired' | 'refused'): DomainError {
  return reason === 'expired'
    ? new DomainError('CODE_EXPIRED', 'The passkey request has expired. Start again.')
    : passkeyRefused();
}

export function passkeyNotFound(): DomainError {
  return new DomainError('NOT_FOUND', 'No such passkey among yours.');
}

export function tooManyPasskeys(limit: number): DomainError {
  return new DomainError('CONFLICT', `You have ${limit} passkeys: remove one before adding another.`, { limit });
}

export function passkeyAlreadyRegistered(): DomainError {
  return new DomainError('CONFLICT', 'This passkey is already registered.');
}

/** Recovery by e-mail link alone would get around a passkey: the number on file must answer too (decision 25). */
export function numberOnFileRequired(): DomainError {
  return new DomainError(
    'NUMBER_ON_FILE_REQUIRED',
    'This account has a passkey, so its mobile number cannot be changed from a reset link. Sign in with your new password and the code sent to your number on file, or call 0800 55 800.',
  );
}
