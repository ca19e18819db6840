import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The counters of `rate-limiter-flexible`'s PostgreSQL store, shared by every gateway instance.
 * The library writes it with positional values: the column order is part of its contract.
 */
@Entity({ name: 'rate_limit' })
export class RateLimit {
  /** The limiter's prefix and what is counted, such as `hashing-address:203.0.113.7`. */
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  points!: number;

  /** Milliseconds since the epoch when the window ends. */
  @Column({ type: 'bigint', nullable: true })
  expire!: string | null;
}
