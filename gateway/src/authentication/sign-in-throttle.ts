import type { EntityManager } from 'typeorm';
import { addMilliseconds } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { SignInThrottle } from './sign-in-throttle.entity.js';

/**
 * The throttle row of an address, created when missing and locked for the caller's transaction.
 * `emailKey` is the blind index of the address: the same as `person.email_index`.
 */
export async function lockThrottle(manager: EntityManager, emailKey: string, now: Date): Promise<SignInThrottle> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(SignInThrottle)
    .values({ emailKey, consecutiveFailures: 0, lockedUntil: null, updatedAt: now })
    .orIgnore()
    .execute();
  return manager.findOneOrFail(SignInThrottle, { where: { emailKey }, lock: { mode: 'pessimistic_write' } });
}

/** Seconds until the cool-down ends, or 0 when the address may try. */
export function lockedForSeconds(throttle: SignInThrottle, now: Date): number {
  if (!throttle.lockedUntil || throttle.lockedUntil <= now) return 0;
  return (throttle.lockedUntil.getTime() - now.getTime()) / 1000;
}

export async function recordFailure(
  manager: EntityManager,
  throttle: SignInThrottle,
  now: Date,
  config: GatewayConfig,
): Promise<void> {
  const consecutiveFailures = throttle.consecutiveFailures + 1;
  const lock = consecutiveFailures >= config.signIn.failuresBeforeAccountLock;
  await manager.update(SignInThrottle, throttle.emailKey, {
    // The count starts again after a cool-down, so a lock is never permanent.
    consecutiveFailures: lock ? 0 : consecutiveFailures,
    lockedUntil: lock ? addMilliseconds(now, config.signIn.accountLockMs) : throttle.lockedUntil,
    updatedAt: now,
  });
}

export async function clearFailures(manager: EntityManager, throttle: SignInThrottle, now: Date): Promise<void> {
  await manager.update(SignInThrottle, throttle.emailKey, {
    consecutiveFailures: 0,
    lockedUntil: null,
    updatedAt: now,
  });
}
