import {
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { knownPerson } from '../identity/index.js';
import type { MessageSender } from '../messaging/index.js';
import { Passkey } from './passkey.entity.js';
import { passkeyMessages } from './passkey.messages.js';
import { challengeBytes, claimPasskeyChallenge, issuePasskeyChallenge } from './passkey-challenges.js';
import { passkeyName, registrationResponse } from './passkey-credentials.js';
import { userHandleOf } from './passkey-user-handle.js';
import {
  ceremonyRefusal,
  passkeyAlreadyRegistered,
  passkeyNotFound,
  passkeyRefused,
  tooManyPasskeys,
} from './passkeys.errors.js';

/** Enough for a phone, a laptop, a tablet and a few security keys; a bound keeps the list and its e-mails sane. */
const maxPasskeysPerPerson = 10;

export interface PasskeyRegistrationStart {
  challengeId: string;
  options: PublicKeyCredentialCreationOptionsJSON;
  expiresAt: Date;
}

/** Whether the person has a passkey: recovery by e-mail link then needs the number on file too (decision 25). */
export async function hasPasskey(manager: EntityManager, personId: string): Promise<boolean> {
  return manager.exists(Passkey, { where: { personId } });
}

/**
 * Adding, naming, listing and removing one's passkeys, from a full session. Every addition and
 * removal is e-mailed to the person, so a stolen session that adds a passkey does not go unseen.
 */
export class PasskeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
    private readonly messages: MessageSender,
    private readonly vault: PersonalDataVault,
  ) {}

  async startRegistration(caller: PersonCaller): Promise<PasskeyRegistrationStart> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const person = await knownPerson(manager, this.vault, caller.personId);
      const existing = await manager.find(Passkey, { where: { personId: person.id } });
      if (existing.length >= maxPasskeysPerPerson) throw tooManyPasskeys(maxPasskeysPerPerson);
      const issued = await issuePasskeyChallenge(
        manager,
        { ceremony: 'registration', personId: person.id, sessionId: caller.sessionId },
        now,
        this.config.passkeys.challengeValidityMs,
      );
      const options = await generateRegistrationOptions({
        rpName: this.config.passkeys.relyingPartyName,
        rpID: this.config.passkeys.relyingPartyId,
        userID: userHandleOf(person.id),
        userName: person.email,
        userDisplayName: `${person.firstName} ${person.lastName}`,
        challenge: challengeBytes(issued.challenge),
        timeout: this.config.passkeys.challengeValidityMs,
        attestationType: 'none',
        // The same authenticator twice would be one passkey under two names.
        excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports })),
        // Required: the passkey replaces the SMS code as the second factor, so it must check the person (PIN, biometrics).
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      });
      return { challengeId: issued.id, options, expiresAt: issued.expiresAt };
    });
  }

  async completeRegistration(
    caller: PersonCaller,
    challengeId: string,
    credential: unknown,
    name: string | undefined,
  ): Promise<Passkey> {
    const response = registrationResponse(credential);
    const chosenName = name === undefined ? undefined : passkeyName(name);
    if (!isUUID(challengeId)) throw passkeyRefused();
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const claim = await claimPasskeyChallenge(
        manager,
        { id: challengeId, ceremony: 'registration', sessionId: caller.sessionId },
        now,
      );
      if (claim.kind !== 'claimed') return claim;
      const verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: claim.matches,
        expectedOrigin: this.config.passkeys.origins,
        expectedRPID: this.config.passkeys.relyingPartyId,
        requireUserVerification: true,
      }).catch(() => null);
      if (!verified?.verified) return { kind: 'refused' } as const;
      const { credential: created, credentialBackedUp } = verified.registrationInfo;
      if (await manager.exists(Passkey, { where: { credentialId: created.id } })) return { kind: 'duplicate' } as const;
      const person = await knownPerson(manager, this.vault, caller.personId);
      const count = await manager.count(Passkey, { where: { personId: person.id } });
      const passkey = manager.create(Passkey, {
        personId: person.id,
        credentialId: created.id,
        publicKey: Buffer.from(created.publicKey),
        signCount: created.counter,
        transports: created.transports ?? [],
        backedUp: credentialBackedUp,
        name: chosenName ?? passkeyMessages[person.language].defaultName(count + 1),
        createdAt: now,
        lastUsedAt: null,
      });
      await manager.insert(Passkey, passkey);
      return { kind: 'registered', passkey, person } as const;
    });
    switch (outcome.kind) {
      case 'unknown':
      case 'expired':
      case 'refused':
        throw ceremonyRefusal(outcome.kind);
      case 'duplicate':
        throw passkeyAlreadyRegistered();
      case 'registered': {
        await this.tell(outcome.person, 'added', outcome.passkey);
        return outcome.passkey;
      }
      default:
        return assertNever(outcome);
    }
  }

  async list(caller: PersonCaller): Promise<Passkey[]> {
    return this.dataSource.getRepository(Passkey).find({
      where: { personId: caller.personId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async rename(caller: PersonCaller, id: string, name: string): Promise<Passkey> {
    const newName = passkeyName(name);
    return this.dataSource.transaction(async (manager) => {
      const passkey = await this.ownPasskey(manager, caller, id);
      await manager.update(Passkey, passkey.id, { name: newName });
      return Object.assign(passkey, { name: newName });
    });
  }

  /** Removes the passkey at once: its next sign-in is refused like an unknown one. */
  async remove(caller: PersonCaller, id: string): Promise<void> {
    const { passkey, person } = await this.dataSource.transaction(async (manager) => {
      const passkey = await this.ownPasskey(manager, caller, id);
      await manager.delete(Passkey, passkey.id);
      return { passkey, person: await knownPerson(manager, this.vault, caller.personId) };
    });
    await this.tell(person, 'removed', passkey);
  }

  private async tell(
    person: Awaited<ReturnType<typeof knownPerson>>,
    change: 'added' | 'removed',
    passkey: Passkey,
  ): Promise<void> {
    const texts = passkeyMessages[person.language];
    await this.messages.send({
      channel: 'email',
      recipientId: person.id,
      to: person.email,
      subject: change === 'added' ? texts.addedSubject : texts.removedSubject,
      body: (change === 'added' ? texts.addedBody : texts.removedBody)(passkey.name),
    });
  }

  /** Another person's passkey and no passkey at all answer the same. */
  private async ownPasskey(manager: EntityManager, caller: PersonCaller, id: string): Promise<Passkey> {
    const passkey = isUUID(id)
      ? await manager.findOne(Passkey, {
          where: { id, personId: caller.personId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!passkey) throw passkeyNotFound();
    return passkey;
  }
}
