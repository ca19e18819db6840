import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { GatewayConfig } from '../common/config.js';
import { keyedHash } from '../common/secrets.js';
import { postgresRateLimiter } from '../database/rate-limiter.js';
import { rateLimited } from './authentication.errors.js';

/**
 * Anonymous requests that cost an argon2id computation (`startSignIn`, `resetPassword`) are
 * limited per client address and across all addresses, in PostgreSQL so that every gateway
 * instance counts the same: hashing is the one thing an anonymous caller can make us spend
 * ~10 ms of a core on, so it must not be free.
 */
export class HashingLimits {
  private readonly perAddress: RateLimiterPostgres;
  private readonly overall: RateLimiterPostgres;

  private readonly secret: string;

  constructor(dataSource: DataSource, config: GatewayConfig) {
    this.secret = config.secret;
    this.perAddress = postgresRateLimiter(dataSource, {
      keyPrefix: 'hashing-address',
      points: config.signIn.hashingPerAddressPerMinute,
      duration: 60,
    });
    this.overall = postgresRateLimiter(dataSource, {
      keyPrefix: 'hashing-overall',
      points: config.signIn.hashingPerSecond,
      duration: 1,
    });
  }

  /**
   * Counts one hashing request of `clientAddress`; RATE_LIMITED with `retryAfterSeconds` past a
   * limit. The address is stored only as a keyed hash: a client address is personal data.
   */
  async consume(clientAddress: string): Promise<void> {
    try {
      await this.perAddress.consume(keyedHash(this.secret, clientAddress));
      await this.overall.consume('all');
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw rateLimited('Too many sign-in attempts from here. Try again shortly.', refusal.msBeforeNext / 1000);
    }
  }
}
