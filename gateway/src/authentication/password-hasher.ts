import { hash, verify } from '@node-rs/argon2';

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. */
/** `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read: its value is 2. */
const argon2id = 2;
const argon2idOptions = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

/**
 * Verifies against the stored hash, or against a hash of nothing when there is no account, so
 * that an unknown e-mail address costs the same time as a wrong password.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  absentAccountHash ??= hashPassword('no account has this password 0');
  const matches = await verify(storedHash ?? (await absentAccountHash), password);
  return storedHash !== undefined && matches;
}

let absentAccountHash: Promise<string> | undefined;
