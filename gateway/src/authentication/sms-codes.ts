import { randomInt, randomUUID } from 'node:crypto';
import { type EntityManager, MoreThan } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import { addMilliseconds } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import type { DomainError } from '../common/errors.js';
import { hashesEqual, keyedHash } from '../common/secrets.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { challengeUnknown, codeExpired, codeInvalid, codeLocked, rateLimited } from './authentication.errors.js';
import { type ChallengePurpose, SmsChallenge } from './sms-challenge.entity.js';

const hourMs = 3_600_000;

export interface IssuedCode {
  challenge: SmsChallenge;
  /** The clear code, only to put in the SMS; never stored, never logged. */
  code: string;
  /** The number it goes to (the challenge holds it sealed). */
  phoneNumber: string;
}

/**
 * Creates a challenge with a fresh 6-digit code, within the budgets of its kind. Each kind of code
 * has budgets of its own, so one can never use up another's: sign-in codes per number; codes for
 * a new mobile number per number and per person asking (a recovery session), so a stranger's
 * recovery session never blocks the number's owner from signing in, and cannot flood numbers.
 */
export async function issueCode(
  manager: EntityManager,
  request: { personId: string; purpose: ChallengePurpose; phoneNumber: string },
  now: Date,
  config: GatewayConfig,
  vault: PersonalDataVault,
): Promise<IssuedCode> {
  const phoneIndex = vault.index(request.phoneNumber);
  await withinBudget(manager, { purpose: request.purpose, phoneIndex }, now, config);
  if (request.purpose === 'mobile-number-change') {
    await withinBudget(manager, { purpose: request.purpose, personId: request.personId }, now, config);
  }
  const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
  const id = randomUUID();
  const challenge = manager.create(SmsChallenge, {
    id,
    personId: request.personId,
    purpose: request.purpose,
    phoneIndex,
    phoneNumber: await vault.seal(manager, request.personId, request.phoneNumber),
    // Keyed with the challenge id too: the code proves this challenge and no other.
    codeHash: keyedHash(config.secret, `${id}:${code}`),
    expiresAt: addMilliseconds(now, config.signIn.codeValidityMs),
    wrongAttempts: 0,
    consumedAt: null,
    createdAt: now,
  });
  await manager.insert(SmsChallenge, challenge);
  return { challenge, code, phoneNumber: request.phoneNumber };
}

async function withinBudget(
  manager: EntityManager,
  of: { purpose: ChallengePurpose; phoneIndex?: string; personId?: string },
  now: Date,
  config: GatewayConfig,
): Promise<void> {
  const hourAgo = addMilliseconds(now, -hourMs);
  const recent = await manager.find(SmsChallenge, {
    where: { ...of, createdAt: MoreThan(hourAgo) },
    order: { createdAt: 'ASC' },
    select: { id: true, createdAt: true },
  });
  if (recent.length >= config.signIn.smsPerNumberPerHour) {
    const oldest = recent[0] as SmsChallenge;
    const retryAfterMs = oldest.createdAt.getTime() + hourMs - now.getTime();
    throw rateLimited('Too many codes were sent. Try again later.', retryAfterMs / 1000);
  }
}

export type CodeCheck = 'accepted' | CodeRefusal;
export type CodeRefusal = 'wrong' | 'wrong-and-locked' | 'expired' | 'locked' | 'used';

/**
 * Checks a code against a challenge locked by the caller's transaction, and records the attempt.
 * The caller commits before turning a refusal into an error, so wrong attempts are never lost.
 */
export async function checkCode(
  manager: EntityManager,
  challenge: SmsChallenge,
  code: string,
  now: Date,
  config: GatewayConfig,
): Promise<CodeCheck> {
  if (challenge.consumedAt) return 'used';
  if (challenge.wrongAttempts >= config.signIn.wrongCodesPerChallenge) return 'locked';
  if (challenge.expiresAt <= now) return 'expired';
  if (hashesEqual(challenge.codeHash, keyedHash(config.secret, `${challenge.id}:${code}`))) {
    challenge.consumedAt = now;
    await manager.update(SmsChallenge, challenge.id, { consumedAt: now });
    return 'accepted';
  }
  challenge.wrongAttempts += 1;
  await manager.update(SmsChallenge, challenge.id, { wrongAttempts: challenge.wrongAttempts });
  return challenge.wrongAttempts >= config.signIn.wrongCodesPerChallenge ? 'wrong-and-locked' : 'wrong';
}

export function attemptsLeft(challenge: SmsChallenge, config: GatewayConfig): number {
  return Math.max(0, config.signIn.wrongCodesPerChallenge - challenge.wrongAttempts);
}

export function refusalError(refusal: CodeRefusal, attemptsLeft: number): DomainError {
  switch (refusal) {
    case 'wrong':
      return codeInvalid(attemptsLeft);
    case 'wrong-and-locked':
    case 'locked':
      return codeLocked();
    case 'expired':
      return codeExpired();
    case 'used':
      return challengeUnknown();
    default:
      return assertNever(refusal);
  }
}
