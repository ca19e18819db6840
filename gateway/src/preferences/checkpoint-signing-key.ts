import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LedgerSigningKeySource } from '../common/config.js';
import { keyIdOf } from './checkpoint-format.js';

/** The key that signs ledger checkpoints, and what is published of it. */
export interface LedgerSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  /** SPKI PEM: what downstream systems and auditors pin. */
  publicKeyPem: string;
}

export function loadLedgerSigningKey(source: LedgerSigningKeySource): LedgerSigningKey {
  const privateKey = createPrivateKey(privateKeyPem(source));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`The ledger signing key must be an Ed25519 key, not ${privateKey.asymmetricKeyType}`);
  }
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** A new Ed25519 private key, PKCS #8 PEM. */
export function newLedgerSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

function privateKeyPem(source: LedgerSigningKeySource): string {
  if ('pem' in source) return source.pem;
  if ('file' in source) return readFileSync(source.file, 'utf8');
  if (!existsSync(source.developmentFile)) {
    mkdirSync(dirname(source.developmentFile), { recursive: true });
    try {
      // Only this user may read it: whoever reads the key can sign checkpoints.
      writeFileSync(source.developmentFile, newLedgerSigningKeyPem(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process of this checkout created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(source.developmentFile, 'utf8');
}
