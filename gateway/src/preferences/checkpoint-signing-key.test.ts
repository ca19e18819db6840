import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../common/config.js';
import { loadLedgerSigningKey, newLedgerSigningKeyPem } from './checkpoint-signing-key.js';

const production = {
  NODE_ENV: 'production',
  GATEWAY_SECRET: 's'.repeat(32),
  MESSAGING_URL: 'http://messaging',
  DATA_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
};

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the ledger signing key', () => {
  it('must come from the environment or a file in production', () => {
    expect(() => loadConfig(production)).toThrow(/LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE must be set/);
    const pem = newLedgerSigningKeyPem();
    expect(loadConfig({ ...production, LEDGER_SIGNING_KEY: pem }).ledgerCheckpoints.signingKey).toEqual({ pem });
  });

  it('is generated once for development, readable by its user only', async () => {
    folder = await mkdtemp(join(tmpdir(), 'ledger-key-'));
    const developmentFile = join(folder, '.data', 'ledger-signing-key.pem');
    const first = loadLedgerSigningKey({ developmentFile });
    expect((await stat(developmentFile)).mode & 0o777).toBe(0o600);
    expect(loadLedgerSigningKey({ developmentFile }).keyId).toBe(first.keyId);
    expect(loadLedgerSigningKey({ file: developmentFile }).publicKeyPem).toBe(first.publicKeyPem);
    expect(await readFile(developmentFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('refuses a key that is not Ed25519', () => {
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expect(() => loadLedgerSigningKey({ pem })).toThrow('The ledger signing key must be an Ed25519 key, not ec');
  });
});
