import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An opaque bearer secret: 256 random bits, URL-safe, with a prefix that secret scanners can match. */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** High-entropy tokens need no slow hash: SHA-256 is enough and keeps lookups by hash indexable. */
export function sha256Hex(value: string): string {
  return hash('sha256', value, 'hex');
}

/** Low-entropy secrets (6-digit codes) are keyed with the server secret, so a database copy alone cannot reverse them. */
export function keyedHash(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
