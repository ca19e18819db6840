import { createSecretKey, type KeyObject } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DataProtectionKeys } from '../common/data-protection-keys.js';
import { blindIndexOf, newDataKey, openBytes, sealBytes } from '../common/envelope-encryption.js';
import { sha256Hex } from '../common/secrets.js';
import { DataKey } from './data-key.entity.js';

/**
 * Personal data at rest, sealed with a data key per subject (crypto-shredding): erasing a subject
 * destroys its key, and every sealed copy of its data, wherever it survives, can no longer be read.
 * Keys are unwrapped per use and never cached, so a destroyed key is gone for every gateway instance.
 */
export class PersonalDataVault {
  private readonly keyEncryptionKeyId: string;
  /** Made once: a key object spares every index the key's copy and check (a campaign file keys a million). */
  private readonly blindIndexKey: KeyObject;

  constructor(private readonly keys: DataProtectionKeys) {
    this.keyEncryptionKeyId = sha256Hex(keys.keyEncryptionKey.toString('hex')).slice(0, 16);
    this.blindIndexKey = createSecretKey(keys.blindIndexKey);
  }

  /** The blind index of a value already normalised (lowercase e-mail, E.164 number). */
  index(normalizedValue: string): string {
    return blindIndexOf(this.blindIndexKey, normalizedValue);
  }

  /** The subject's data key, created on first use. */
  async keyFor(manager: EntityManager, subjectId: string, now = new Date()): Promise<Buffer> {
    const existing = await this.keyOf(manager, subjectId);
    if (existing) return existing;
    const key = newDataKey();
    await manager.query(
      `INSERT INTO data_key (subject_id, wrapped_key, key_encryption_key_id, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [subjectId, sealBytes(this.keys.keyEncryptionKey, key, subjectId), this.keyEncryptionKeyId, now],
    );
    // Another transaction may have created it first: its key wins.
    return (await this.keyOf(manager, subjectId)) as Buffer;
  }

  async keyOf(manager: EntityManager, subjectId: string): Promise<Buffer | null> {
    return (await this.keysOf(manager, [subjectId])).get(subjectId) ?? null;
  }

  /** The keys that still exist among these subjects' (an erased subject has none). */
  async keysOf(manager: EntityManager, subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(subjectIds)];
    if (unique.length === 0) return new Map();
    const rows: Pick<DataKey, 'subjectId' | 'wrappedKey'>[] = await manager.query(
      'SELECT subject_id AS "subjectId", wrapped_key AS "wrappedKey" FROM data_key WHERE subject_id = ANY($1::uuid[])',
      [unique],
    );
    return new Map(
      rows.map((row) => [row.subjectId, openBytes(this.keys.keyEncryptionKey, row.wrappedKey, row.subjectId)]),
    );
  }

  async seal(manager: EntityManager, subjectId: string, value: string): Promise<Buffer> {
    return sealBytes(await this.keyFor(manager, subjectId), Buffer.from(value, 'utf8'));
  }

  async sealJson(manager: EntityManager, subjectId: string, value: unknown): Promise<Buffer> {
    return this.seal(manager, subjectId, JSON.stringify(value ?? null));
  }

  /** Null when there is nothing sealed (or it was blanked) or the key was destroyed (the subject was erased). */
  open(key: Buffer | null | undefined, sealed: Buffer | null | undefined): string | null {
    return key && sealed && sealed.length > 0 ? openBytes(key, sealed).toString('utf8') : null;
  }

  openJson<Value>(key: Buffer | null | undefined, sealed: Buffer | null | undefined): Value | null {
    const text = this.open(key, sealed);
    return text === null ? null : (JSON.parse(text) as Value);
  }

  async openFor(manager: EntityManager, subjectId: string, sealed: Buffer | null | undefined): Promise<string | null> {
    return sealed ? this.open(await this.keyOf(manager, subjectId), sealed) : null;
  }
}
