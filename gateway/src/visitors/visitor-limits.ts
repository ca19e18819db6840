import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { GatewayConfig } from '../common/config.js';
import { keyedHash } from '../common/secrets.js';
import { postgresRateLimiter } from '../database/rate-limiter.js';
import { tooManyChoices } from './visitors.errors.js';

/**
 * Cookie choices are the one write an anonymous caller can make: limited per client address (as
 * a keyed hash: an address is personal data), counted in PostgreSQL for every gateway instance.
 */
export class VisitorLimits {
  private readonly perAddress: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    private readonly config: GatewayConfig,
  ) {
    this.perAddress = postgresRateLimiter(dataSource, {
      keyPrefix: 'visitor-choice-address',
      points: config.visitors.choicesPerAddressPerMinute,
      duration: 60,
    });
  }

  async consume(clientAddress: string): Promise<void> {
    try {
      await this.perAddress.consume(keyedHash(this.config.secret, clientAddress));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw tooManyChoices(refusal.msBeforeNext / 1000);
    }
  }
}
