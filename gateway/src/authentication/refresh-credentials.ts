import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';
import { RefreshCredential } from './refresh-credential.entity.js';

export interface IssuedRefreshCredential {
  credential: string;
  /** The family's absolute end: the cookie's expiry. */
  expiresAt: Date;
}

export async function issueRefreshCredential(
  manager: EntityManager,
  family: { personId: string; familyId: string; familyExpiresAt: Date },
  now: Date,
): Promise<IssuedRefreshCredential> {
  const credential = newOpaqueToken('pxf');
  await manager.insert(RefreshCredential, {
    credentialHash: sha256Hex(credential),
    ...family,
    issuedAt: now,
    replacedAt: null,
    revokedAt: null,
  });
  return { credential, expiresAt: family.familyExpiresAt };
}

export async function revokeRefreshCredentials(
  manager: EntityManager,
  of: { familyId: string } | { personId: string },
  now: Date,
): Promise<void> {
  await manager.update(RefreshCredential, { ...of, revokedAt: IsNull() }, { revokedAt: now });
}
