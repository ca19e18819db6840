import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addMilliseconds } from '../common/clock.js';
import { hashesEqual, sha256Hex } from '../common/secrets.js';
import { type PasskeyCeremony, PasskeyChallenge } from './passkey-challenge.entity.js';

export interface IssuedPasskeyChallenge {
  id: string;
  /** The clear challenge, base64url, only for the options sent to the browser. */
  challenge: string;
  expiresAt: Date;
}

export async function issuePasskeyChallenge(
  manager: EntityManager,
  of: { ceremony: PasskeyCeremony; personId: string | null; sessionId: string | null },
  now: Date,
  validityMs: number,
): Promise<IssuedPasskeyChallenge> {
  const challenge = randomBytes(32).toString('base64url');
  const expiresAt = addMilliseconds(now, validityMs);
  const { identifiers } = await manager.insert(PasskeyChallenge, {
    ...of,
    challengeHash: sha256Hex(challenge),
    expiresAt,
    consumedAt: null,
    createdAt: now,
  });
  return { id: String(identifiers[0]?.id), challenge, expiresAt };
}

/** The bytes of a challenge for the WebAuthn library, which would take a string as text to encode again. */
export function challengeBytes(challenge: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(challenge, 'base64url'));
}

export type ChallengeClaim =
  | { kind: 'claimed'; challenge: PasskeyChallenge; matches(answered: string): boolean }
  | { kind: 'unknown' }
  | { kind: 'expired' };

/**
 * Locks and consumes a challenge in the caller's transaction: the first answer uses it up, right
 * or wrong, so of two concurrent answers exactly one gets to be verified. `where` narrows it to
 * its ceremony (and for a registration, to the session that asked for it).
 */
export async function claimPasskeyChallenge(
  manager: EntityManager,
  where: { id: string; ceremony: PasskeyCeremony; sessionId?: string },
  now: Date,
): Promise<ChallengeClaim> {
  const challenge = await manager.findOne(PasskeyChallenge, { where, lock: { mode: 'pessimistic_write' } });
  if (!challenge || challenge.consumedAt) return { kind: 'unknown' };
  await manager.update(PasskeyChallenge, challenge.id, { consumedAt: now });
  if (challenge.expiresAt <= now) return { kind: 'expired' };
  return {
    kind: 'claimed',
    challenge,
    matches: (answered) => hashesEqual(sha256Hex(answered), challenge.challengeHash),
  };
}
