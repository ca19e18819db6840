import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError } from '../common/errors.js';
import { sha256Hex } from '../common/secrets.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';
import type { PersonalDataVault } from './personal-data-vault.js';

export interface IdempotentRequest {
  /** Whose key it is (the acting person), so two callers' keys never collide. */
  scope: string;
  key: string | null | undefined;
  /** Everything that makes the request what it is: the operation and its input without the key. */
  fingerprint: unknown;
  /**
   * The data subject the result is about, when it may hold their personal data (a request an
   * agent files for a person): the result is then sealed with their key and goes with their erasure.
   */
  about?: { subjectId: string; vault: PersonalDataVault };
}

const maxKeyLength = 200;

/**
 * Runs `work` once per key inside the caller's transaction. A repeat with the same input returns
 * the stored result and writes nothing; with another input it is a CONFLICT. Concurrent repeats
 * wait on the key's row until the first commits.
 */
export async function onceForKey<Result>(
  manager: EntityManager,
  request: IdempotentRequest,
  now: Date,
  work: () => Promise<Result>,
): Promise<Result> {
  if (request.key === undefined || request.key === null) return work();
  if (request.key.length === 0 || request.key.length > maxKeyLength) {
    throw badUserInput(`An idempotency key has 1 to ${maxKeyLength} characters.`, { field: 'idempotencyKey' });
  }
  const requestHash = sha256Hex(canonicalize(request.fingerprint) ?? '');
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_record (scope, key, request_hash, result, created_at) VALUES ($1, $2, $3, NULL, $4)
     ON CONFLICT DO NOTHING RETURNING key`,
    [request.scope, request.key, requestHash, now],
  );
  if (inserted.length === 0) {
    const existing = await manager.findOneByOrFail(IdempotencyRecord, { scope: request.scope, key: request.key });
    if (existing.requestHash !== requestHash) {
      throw new DomainError('CONFLICT', 'This idempotency key was already used with another input.', {
        field: 'idempotencyKey',
      });
    }
    if (!request.about) return existing.result as Result;
    const { subjectId, vault } = request.about;
    return JSON.parse((await vault.openFor(manager, subjectId, existing.sealedResult)) ?? 'null') as Result;
  }
  const result = await work();
  // A repeat gets the same values as JSON keeps them (dates become ISO strings).
  const json = JSON.stringify(result ?? null);
  if (request.about) {
    const { subjectId, vault } = request.about;
    await manager.query(
      'UPDATE idempotency_record SET subject_id = $3, sealed_result = $4 WHERE scope = $1 AND key = $2',
      [request.scope, request.key, subjectId, await vault.seal(manager, subjectId, json)],
    );
  } else {
    await manager.query('UPDATE idempotency_record SET result = $3 WHERE scope = $1 AND key = $2', [
      request.scope,
      request.key,
      json,
    ]);
  }
  return result;
}
