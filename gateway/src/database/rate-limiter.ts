import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { sharedPool } from './pool-query.js';

/**
 * A `rate-limiter-flexible` limiter counting in the `rate_limit` table, so that every gateway
 * instance counts the same. The table comes from a migration (the gateway's login may not create
 * tables); the retention sweep empties it.
 */
export function postgresRateLimiter(
  dataSource: DataSource,
  limit: { keyPrefix: string; points: number; duration: number },
): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: sharedPool(dataSource),
    storeType: 'pool',
    tableName: 'rate_limit',
    tableCreated: true,
    clearExpiredByTimeout: false,
    ...limit,
  });
}
