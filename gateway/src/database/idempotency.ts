import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError } from '../common/errors.js';
import { sha256Hex } from '../common/secrets.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

export interface IdempotentRequest {
  /** Whose key it is (the acting person), so two callers' keys never collide. */
  scope: string;
  key: string | null | undefined;
  /** Everything that makes the request what it is: the operation and its input without the key. */
  fingerprint: unknown;
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
    return existing.result as Result;
  }
  const result = await work();
  // A repeat gets the same values as JSON keeps them (dates become ISO strings).
  await manager.query('UPDATE idempotency_record SET result = $3 WHERE scope = $1 AND key = $2', [
    request.scope,
    request.key,
    JSON.stringify(result ?? null),
  ]);
  return result;
}
