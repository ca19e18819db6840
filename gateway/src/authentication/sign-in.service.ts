import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { badUserInput } from '../common/errors.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { findPersonByEmail, maskPhoneNumber, normalizedEmailOf, Person } from '../identity/index.js';
import type { MessageSender } from '../messaging/index.js';
import { challengeUnknown, invalidCredentials, rateLimited } from './authentication.errors.js';
import { authenticationMessages } from './authentication.messages.js';
import type { HashingLimits } from './hashing-limits.js';
import { verifyPassword } from './password-hasher.js';
import { maxPasswordLength } from './password-policy.js';
import type { IssuedSession, SessionService } from './session.service.js';
import { clearFailures, lockedForSeconds, lockThrottle, recordFailure } from './sign-in-throttle.js';
import { SmsChallenge } from './sms-challenge.entity.js';
import { attemptsLeft, checkCode, issueCode, refusalError } from './sms-codes.js';

export interface IssuedChallenge {
  challengeId: string;
  maskedPhone: string;
  expiresAt: Date;
}

const maxEmailLength = 254;
const accountLockedMessage = 'Too many failed attempts. Wait before trying again.';

/**
 * Signing in the MyProximus way: e-mail and password, then a 6-digit code by SMS.
 * Refusals that must be remembered (a wrong password, a wrong code) are committed first and
 * only then turned into errors.
 */
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
    private readonly messages: MessageSender,
    private readonly sessions: SessionService,
    private readonly hashingLimits: HashingLimits,
    private readonly vault: PersonalDataVault,
  ) {}

  async start(email: string, password: string, clientAddress: string): Promise<IssuedChallenge> {
    if (email.length > maxEmailLength || password.length > maxPasswordLength) throw invalidCredentials();
    await this.hashingLimits.consume(clientAddress);
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const throttle = await lockThrottle(manager, this.vault.index(normalizedEmailOf(email)), now);
      const lockedSeconds = lockedForSeconds(throttle, now);
      if (lockedSeconds > 0) return { kind: 'locked', lockedSeconds } as const;
      const person = await findPersonByEmail(manager, this.vault, email);
      if (!(await verifyPassword(person?.passwordHash, password)) || !person) {
        await recordFailure(manager, throttle, now, this.config);
        return { kind: 'refused' } as const;
      }
      if (!person.mobileNumber) return { kind: 'no-mobile' } as const;
      const issued = await issueCode(
        manager,
        { personId: person.id, purpose: 'sign-in', phoneNumber: person.mobileNumber },
        now,
        this.config,
        this.vault,
      );
      return { kind: 'issued', issued, person } as const;
    });

    switch (outcome.kind) {
      case 'locked':
        throw rateLimited(accountLockedMessage, outcome.lockedSeconds);
      case 'refused':
        throw invalidCredentials();
      case 'no-mobile':
        throw badUserInput('No Belgian mobile number is known for this account. Reset your password to set one.');
      case 'issued': {
        const { challenge, code, phoneNumber } = outcome.issued;
        const minutes = Math.round(this.config.signIn.codeValidityMs / 60_000);
        await this.messages.send({
          channel: 'sms',
          recipientId: outcome.person.id,
          to: phoneNumber,
          body: authenticationMessages[outcome.person.language].signInCode(code, minutes),
        });
        return {
          challengeId: challenge.id,
          maskedPhone: maskPhoneNumber(phoneNumber),
          expiresAt: challenge.expiresAt,
        };
      }
      default:
        return assertNever(outcome);
    }
  }

  async complete(challengeId: string, code: string): Promise<IssuedSession> {
    if (!isUUID(challengeId)) throw challengeUnknown();
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(SmsChallenge, {
        where: { id: challengeId, purpose: 'sign-in' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!challenge) return { kind: 'unknown' } as const;
      const person = await manager.findOneOrFail(Person, { where: { id: challenge.personId } });
      const throttle = await lockThrottle(manager, person.emailIndex, now);
      const lockedSeconds = lockedForSeconds(throttle, now);
      if (lockedSeconds > 0) return { kind: 'account-locked', lockedSeconds } as const;
      const check = await checkCode(manager, challenge, code, now, this.config);
      if (check === 'wrong' || check === 'wrong-and-locked') {
        await recordFailure(manager, throttle, now, this.config);
      }
      if (check !== 'accepted')
        return { kind: 'refused', check, attemptsLeft: attemptsLeft(challenge, this.config) } as const;
      await clearFailures(manager, throttle, now);
      return { kind: 'accepted', session: await this.sessions.issue(manager, person.id, 'full', now) } as const;
    });

    switch (outcome.kind) {
      case 'unknown':
        throw challengeUnknown();
      case 'account-locked':
        throw rateLimited(accountLockedMessage, outcome.lockedSeconds);
      case 'refused':
        throw refusalError(outcome.check, outcome.attemptsLeft);
      case 'accepted':
        return outcome.session;
      default:
        return assertNever(outcome);
    }
  }
}
