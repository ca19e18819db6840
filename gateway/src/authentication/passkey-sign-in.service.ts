import {
  generateAuthenticationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { Person } from '../identity/index.js';
import { rateLimited } from './authentication.errors.js';
import type { HashingLimits } from './hashing-limits.js';
import { Passkey } from './passkey.entity.js';
import { challengeBytes, claimPasskeyChallenge, issuePasskeyChallenge } from './passkey-challenges.js';
import { authenticationResponse } from './passkey-credentials.js';
import { userHandleOf } from './passkey-user-handle.js';
import { ceremonyRefusal, passkeyRefused } from './passkeys.errors.js';
import type { IssuedSession, SessionService } from './session.service.js';
import { clearFailures, lockedForSeconds, lockThrottle, recordFailure } from './sign-in-throttle.js';

export interface PasskeySignInStart {
  challengeId: string;
  options: PublicKeyCredentialRequestOptionsJSON;
  expiresAt: Date;
}

const accountLockedMessage = 'Too many failed attempts. Wait before trying again.';

/**
 * Signing in with a passkey alone: the authenticator proves possession of the key and checks the
 * person (user verification), which is both factors at once, so no SMS code follows. The session is
 * the one a completed SMS sign-in gets (SessionService.issue, scope full): the same sign-out and
 * timeouts. A refusal counts in the person's sign-in throttle like a wrong SMS code (decision 3).
 */
export class PasskeySignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
    private readonly sessions: SessionService,
    private readonly requestLimits: HashingLimits,
  ) {}

  /** No e-mail address is asked: the browser offers the person's passkeys of this site (discoverable credentials). */
  async start(clientAddress: string): Promise<PasskeySignInStart> {
    // Each challenge is a row: anonymous callers get them within the per-address budget of sign-in attempts.
    await this.requestLimits.consume(clientAddress);
    const now = this.clock.now();
    const issued = await this.dataSource.transaction((manager) =>
      issuePasskeyChallenge(
        manager,
        { ceremony: 'sign-in', personId: null, sessionId: null },
        now,
        this.config.passkeys.challengeValidityMs,
      ),
    );
    const options = await generateAuthenticationOptions({
      rpID: this.config.passkeys.relyingPartyId,
      challenge: challengeBytes(issued.challenge),
      timeout: this.config.passkeys.challengeValidityMs,
      userVerification: 'required',
    });
    return { challengeId: issued.id, options, expiresAt: issued.expiresAt };
  }

  async complete(challengeId: string, credential: unknown): Promise<IssuedSession> {
    const response = authenticationResponse(credential);
    if (!isUUID(challengeId)) throw passkeyRefused();
    const now = this.clock.now();
    // Refusals are committed (the challenge used up, the failure counted) before they become errors.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const claim = await claimPasskeyChallenge(manager, { id: challengeId, ceremony: 'sign-in' }, now);
      if (claim.kind !== 'claimed') return claim;
      const passkey = await manager.findOne(Passkey, {
        where: { credentialId: response.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!passkey) return { kind: 'refused' } as const;
      const person = await manager.findOneOrFail(Person, { where: { id: passkey.personId } });
      const throttle = await lockThrottle(manager, person.emailIndex, now);
      const lockedSeconds = lockedForSeconds(throttle, now);
      if (lockedSeconds > 0) return { kind: 'account-locked', lockedSeconds } as const;
      const handle = response.response.userHandle;
      const handleMatches = !handle || handle === Buffer.from(userHandleOf(person.id)).toString('base64url');
      const verified = handleMatches
        ? await verifyAuthenticationResponse({
            response,
            expectedChallenge: claim.matches,
            expectedOrigin: this.config.passkeys.origins,
            expectedRPID: this.config.passkeys.relyingPartyId,
            credential: {
              id: passkey.credentialId,
              publicKey: new Uint8Array(passkey.publicKey),
              counter: passkey.signCount,
              transports: passkey.transports,
            },
            requireUserVerification: true,
          }).catch(() => null)
        : null;
      if (!verified?.verified) {
        await recordFailure(manager, throttle, now, this.config);
        return { kind: 'refused' } as const;
      }
      await manager.update(Passkey, passkey.id, {
        signCount: verified.authenticationInfo.newCounter,
        backedUp: verified.authenticationInfo.credentialBackedUp,
        lastUsedAt: now,
      });
      await clearFailures(manager, throttle, now);
      return { kind: 'accepted', session: await this.sessions.issue(manager, person.id, 'full', now) } as const;
    });
    switch (outcome.kind) {
      case 'unknown':
      case 'expired':
      case 'refused':
        throw ceremonyRefusal(outcome.kind);
      case 'account-locked':
        throw rateLimited(accountLockedMessage, outcome.lockedSeconds);
      case 'accepted':
        return outcome.session;
      default:
        return assertNever(outcome);
    }
  }
}
