import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyLength } from './envelope-encryption.js';

/** The two keys that protect personal data at rest; neither is ever stored in the database. */
export interface DataProtectionKeys {
  /** Wraps every person's data key (envelope encryption); DATA_KEY_ENCRYPTION_KEY or …_FILE. */
  keyEncryptionKey: Buffer;
  /** Keys the blind indexes of e-mail addresses and numbers; BLIND_INDEX_KEY or …_FILE. */
  blindIndexKey: Buffer;
}

const developmentFolder = fileURLToPath(new URL('../../../.data/keys/', import.meta.url));

// Fixed in tests: the template database the test files copy is sealed with them.
const testKeys: DataProtectionKeys = {
  keyEncryptionKey: Buffer.alloc(keyLength, 1),
  blindIndexKey: Buffer.alloc(keyLength, 2),
};

function decoded(name: string, base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== keyLength) throw new Error(`${name} must be ${keyLength} bytes, base64-encoded`);
  return key;
}

/** Outside production and tests, a key generated once into the git-ignored `.data/keys/`, readable by its owner only. */
function developmentKey(fileName: string): string {
  const file = `${developmentFolder}${fileName}`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(keyLength).toString('base64'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8');
}

function keySetting(env: NodeJS.ProcessEnv, name: string, mode: 'production' | 'test' | 'development'): Buffer | null {
  const value = env[name];
  if (value) return decoded(name, value);
  const file = env[`${name}_FILE`];
  if (file) return decoded(`${name}_FILE`, readFileSync(file, 'utf8'));
  if (mode === 'production') {
    throw new Error(`${name} or ${name}_FILE must be set in production: personal data is encrypted with it`);
  }
  if (mode === 'development') return decoded(name, developmentKey(name.toLowerCase().replaceAll('_', '-')));
  return null;
}

export function loadDataProtectionKeys(
  env: NodeJS.ProcessEnv,
  mode: 'production' | 'test' | 'development',
): DataProtectionKeys {
  return {
    keyEncryptionKey: keySetting(env, 'DATA_KEY_ENCRYPTION_KEY', mode) ?? testKeys.keyEncryptionKey,
    blindIndexKey: keySetting(env, 'BLIND_INDEX_KEY', mode) ?? testKeys.blindIndexKey,
  };
}
