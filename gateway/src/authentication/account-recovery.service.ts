import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { IsNull, MoreThan } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import type { PersonCaller } from '../common/caller.js';
import { addMilliseconds, type Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { badUserInput } from '../common/errors.js';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import {
  belgianMobileNumber,
  findPersonByEmail,
  knownPerson,
  maskPhoneNumber,
  Person,
  updateProfile,
} from '../identity/index.js';
import type { MessageSender } from '../messaging/index.js';
import { challengeUnknown, resetLinkExpired, resetLinkInvalid } from './authentication.errors.js';
import { authenticationMessages } from './authentication.messages.js';
import type { HashingLimits } from './hashing-limits.js';
import { numberOnFileRequired } from './passkeys.errors.js';
import { hasPasskey } from './passkeys.service.js';
import { hashPassword } from './password-hasher.js';
import { passwordProblems, passwordRule } from './password-policy.js';
import { PasswordReset } from './password-reset.entity.js';
import type { IssuedSession, SessionService } from './session.service.js';
import type { IssuedChallenge } from './sign-in.service.js';
import { clearFailures, lockThrottle } from './sign-in-throttle.js';
import { SmsChallenge } from './sms-challenge.entity.js';
import { attemptsLeft, checkCode, issueCode, refusalError } from './sms-codes.js';

const resetEmailsPerHour = 3;

/**
 * A wrong or lost mobile number is changed only after a password reset by e-mail link
 * (login-with-sms-code.txt, steps 4 to 6). The link opens a recovery session that can do
 * nothing but prove and save a new Belgian mobile number; then the person signs in again.
 */
export class AccountRecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
    private readonly messages: MessageSender,
    private readonly sessions: SessionService,
    private readonly hashingLimits: HashingLimits,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Always succeeds, so that the answer does not tell whether the address has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const now = this.clock.now();
    const person = await findPersonByEmail(this.dataSource.manager, this.vault, email);
    if (!person) return;
    const recent = await this.dataSource.getRepository(PasswordReset).count({
      where: { personId: person.id, createdAt: MoreThan(addMilliseconds(now, -3_600_000)) },
    });
    if (recent >= resetEmailsPerHour) return;
    const token = newOpaqueToken('pxr');
    const validity = this.config.signIn.passwordResetValidityMs;
    await this.dataSource.getRepository(PasswordReset).insert({
      personId: person.id,
      tokenHash: sha256Hex(token),
      expiresAt: addMilliseconds(now, validity),
      usedAt: null,
      createdAt: now,
    });
    const link = new URL('/reset-password', this.config.publicSiteUrl);
    link.searchParams.set('token', token);
    const texts = authenticationMessages[person.language];
    await this.messages.send({
      channel: 'email',
      recipientId: person.id,
      to: person.email,
      subject: texts.resetSubject,
      body: texts.resetBody(link.toString(), Math.round(validity / 60_000)),
    });
  }

  async resetPassword(token: string, newPassword: string, clientAddress: string): Promise<IssuedSession> {
    const problems = passwordProblems(newPassword);
    if (problems.length > 0) {
      throw badUserInput(`The new password needs ${passwordRule}.`, { field: 'newPassword', problems });
    }
    await this.hashingLimits.consume(clientAddress);
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordReset, {
        where: { tokenHash: sha256Hex(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.usedAt) return { kind: 'invalid' } as const;
      if (reset.expiresAt <= now) return { kind: 'expired' } as const;
      await manager.update(PasswordReset, reset.id, { usedAt: now });
      await manager.update(Person, reset.personId, { passwordHash });
      const person = await manager.findOneOrFail(Person, { where: { id: reset.personId } });
      // Proving the mailbox ends the cool-down of failed attempts and every open session.
      await clearFailures(manager, await lockThrottle(manager, person.emailIndex, now), now);
      await this.sessions.revokeAllOf(manager, person.id, now);
      return { kind: 'reset', session: await this.sessions.issue(manager, person.id, 'recovery', now) } as const;
    });
    switch (outcome.kind) {
      case 'invalid':
        throw resetLinkInvalid();
      case 'expired':
        throw resetLinkExpired();
      case 'reset':
        return outcome.session;
      default:
        return assertNever(outcome);
    }
  }

  async startMobileNumberChange(caller: PersonCaller, mobileNumber: string): Promise<IssuedChallenge> {
    const phoneNumber = belgianMobileNumber(mobileNumber);
    if (!phoneNumber) {
      throw badUserInput('Give a Belgian mobile number, such as 0470 12 34 56.', { field: 'mobileNumber' });
    }
    const now = this.clock.now();
    const { challenge, code, person } = await this.dataSource.transaction(async (manager) => {
      const person = await manager.findOneOrFail(Person, { where: { id: caller.personId } });
      // The reset link proves only the mailbox: with a passkey on the account, that must not replace both factors.
      if (await hasPasskey(manager, person.id)) throw numberOnFileRequired();
      const issued = await issueCode(
        manager,
        { personId: person.id, purpose: 'mobile-number-change', phoneNumber },
        now,
        this.config,
        this.vault,
      );
      return { ...issued, person };
    });
    const minutes = Math.round(this.config.signIn.codeValidityMs / 60_000);
    await this.messages.send({
      channel: 'sms',
      recipientId: person.id,
      to: phoneNumber,
      body: authenticationMessages[person.language].numberChangeCode(code, minutes),
    });
    return { challengeId: challenge.id, maskedPhone: maskPhoneNumber(phoneNumber), expiresAt: challenge.expiresAt };
  }

  async confirmMobileNumberChange(caller: PersonCaller, challengeId: string, code: string): Promise<void> {
    if (!isUUID(challengeId)) throw challengeUnknown();
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(SmsChallenge, {
        where: { id: challengeId, purpose: 'mobile-number-change', personId: caller.personId, consumedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!challenge) return { kind: 'unknown' } as const;
      const check = await checkCode(manager, challenge, code, now, this.config);
      if (check !== 'accepted')
        return { kind: 'refused', check, attemptsLeft: attemptsLeft(challenge, this.config) } as const;
      const mobileNumber = await this.vault.openFor(manager, caller.personId, challenge.phoneNumber);
      await updateProfile(manager, this.vault, caller.personId, { mobileNumber });
      await this.sessions.revokeAllOf(manager, caller.personId, now);
      const person = await knownPerson(manager, this.vault, caller.personId);
      return { kind: 'changed', person } as const;
    });
    switch (outcome.kind) {
      case 'unknown':
        throw challengeUnknown();
      case 'refused':
        throw refusalError(outcome.check, outcome.attemptsLeft);
      case 'changed': {
        const { person } = outcome;
        const texts = authenticationMessages[person.language];
        await this.messages.send({
          channel: 'email',
          recipientId: person.id,
          to: person.email,
          subject: texts.numberChangedSubject,
          body: texts.numberChangedBody(maskPhoneNumber(person.mobileNumber ?? '')),
        });
        return;
      }
      default:
        assertNever(outcome);
    }
  }
}
