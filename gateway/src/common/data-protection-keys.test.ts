import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataProtectionKeys } from './data-protection-keys.js';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

describe('the keys that protect personal data', () => {
  it('are required in production', () => {
    expect(() => loadDataProtectionKeys({ BLIND_INDEX_KEY: key(3) }, 'production')).toThrow(
      /DATA_KEY_ENCRYPTION_KEY or DATA_KEY_ENCRYPTION_KEY_FILE must be set in production/,
    );
    expect(() => loadDataProtectionKeys({ DATA_KEY_ENCRYPTION_KEY: key(3) }, 'production')).toThrow(/BLIND_INDEX_KEY/);
  });

  it('are read from the environment or from a file outside the database', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'keys-')), 'kek');
    await writeFile(file, `${key(4)}\n`);
    const keys = loadDataProtectionKeys({ DATA_KEY_ENCRYPTION_KEY_FILE: file, BLIND_INDEX_KEY: key(5) }, 'production');
    expect(keys.keyEncryptionKey).toEqual(Buffer.alloc(32, 4));
    expect(keys.blindIndexKey).toEqual(Buffer.alloc(32, 5));
  });

  it('must be 256 bits', () => {
    expect(() =>
      loadDataProtectionKeys({ DATA_KEY_ENCRYPTION_KEY: 'c2hvcnQ=', BLIND_INDEX_KEY: key(5) }, 'production'),
    ).toThrow(/32 bytes/);
  });
});
