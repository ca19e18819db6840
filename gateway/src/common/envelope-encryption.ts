import { createCipheriv, createDecipheriv, createHmac, type KeyObject, randomBytes } from 'node:crypto';

/**
 * Envelope encryption with AES-256-GCM: a value is sealed with a data key, a data key is wrapped
 * with the key-encryption key. A sealed value is `version (1 byte) | nonce (12) | tag (16) | ciphertext`;
 * the version leaves room for another algorithm without guessing from the bytes.
 */
const version = 1;
const nonceLength = 12;
const tagLength = 16;
export const keyLength = 32;

export function newDataKey(): Buffer {
  return randomBytes(keyLength);
}

/** `associatedData` binds the sealed value to where it belongs (a wrapped key to its subject): it cannot be moved. */
export function sealBytes(key: Buffer, plaintext: Buffer, associatedData?: string): Buffer {
  const nonce = randomBytes(nonceLength);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  if (associatedData) cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), nonce, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the value was not sealed with this key or was altered. */
export function openBytes(key: Buffer, sealed: Buffer, associatedData?: string): Buffer {
  if (sealed[0] !== version) throw new Error(`Unknown sealed value version ${sealed[0]}`);
  const nonce = sealed.subarray(1, 1 + nonceLength);
  const tag = sealed.subarray(1 + nonceLength, 1 + nonceLength + tagLength);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(tag);
  if (associatedData) decipher.setAAD(Buffer.from(associatedData));
  return Buffer.concat([decipher.update(sealed.subarray(1 + nonceLength + tagLength)), decipher.final()]);
}

/**
 * A keyed blind index of a normalised value: equal values give equal indexes, so lookups stay
 * indexable, while a copy of the database without the key cannot test guesses (phone numbers
 * are few enough to enumerate: a plain hash would not protect them).
 */
export function blindIndexOf(key: Buffer | KeyObject, normalizedValue: string): string {
  return createHmac('sha256', key).update(normalizedValue).digest('base64url');
}
