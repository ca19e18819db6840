import type { DataSource, EntityManager } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { sha256Hex } from '../common/secrets.js';
import { refreshRaced, refreshRefused } from './authentication.errors.js';
import { RefreshCredential } from './refresh-credential.entity.js';
import type { IssuedSession, SessionService } from './session.service.js';

/**
 * A page reloaded keeps its sign-in: the refresh cookie is exchanged for a new access token and
 * the family's next credential (rotation). The family keeps the sign-in's absolute end, and ends
 * when no session of it was used for the idle timeout. Decision 22.
 */
export class SessionRefreshService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
    private readonly sessions: SessionService,
  ) {}

  async refresh(credential: string | undefined): Promise<IssuedSession> {
    if (!credential) throw refreshRefused();
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Concurrent refreshes with one credential queue here: the first exchanges it, the others find it replaced.
      const presented = await manager.findOne(RefreshCredential, {
        where: { credentialHash: sha256Hex(credential) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!presented || presented.revokedAt) return { kind: 'refused' } as const;
      if (presented.replacedAt) {
        if (now.getTime() - presented.replacedAt.getTime() < this.config.sessions.refreshGraceMs) {
          return { kind: 'raced' } as const;
        }
        // Only one holder can have the current credential: an old one presented again was copied.
        await this.sessions.revokeFamily(manager, presented.familyId, now);
        return { kind: 'refused' } as const;
      }
      if (presented.familyExpiresAt <= now || (await this.#idle(manager, presented, now))) {
        await this.sessions.revokeFamily(manager, presented.familyId, now);
        return { kind: 'refused' } as const;
      }
      await manager.update(RefreshCredential, presented.id, { replacedAt: now });
      const family = { id: presented.familyId, expiresAt: presented.familyExpiresAt };
      return {
        kind: 'refreshed',
        session: await this.sessions.issue(manager, presented.personId, 'full', now, family),
      } as const;
    });
    switch (outcome.kind) {
      case 'refused':
        throw refreshRefused();
      case 'raced':
        throw refreshRaced();
      case 'refreshed':
        return outcome.session;
      default:
        return assertNever(outcome);
    }
  }

  /** Idle: neither a request of any session of the family nor a refresh within the idle timeout. */
  async #idle(manager: EntityManager, presented: RefreshCredential, now: Date): Promise<boolean> {
    const [{ last_seen_at }] = await manager.query<{ last_seen_at: Date | null }[]>(
      'SELECT max(last_seen_at) AS last_seen_at FROM session WHERE family_id = $1',
      [presented.familyId],
    );
    const lastActivity = Math.max(presented.issuedAt.getTime(), last_seen_at?.getTime() ?? 0);
    return now.getTime() - lastActivity >= this.config.sessions.idleTimeoutMs;
  }
}
