import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { Caller, SessionScope } from '../common/caller.js';
import { addMilliseconds, type Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';
import { Session } from './session.entity.js';

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  idleTimeoutSeconds: number;
}

/** Touching the session on every request would write on every read; once a minute is precise enough. */
const touchIntervalMs = 60_000;

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
  ) {}

  async issue(manager: EntityManager, personId: string, scope: SessionScope, now: Date): Promise<IssuedSession> {
    const accessToken = newOpaqueToken('pxs');
    const lifetime = scope === 'full' ? this.config.sessions.absoluteTimeoutMs : this.config.signIn.recoverySessionMs;
    const expiresAt = addMilliseconds(now, lifetime);
    await manager.insert(Session, {
      tokenHash: sha256Hex(accessToken),
      personId,
      scope,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
    });
    return { accessToken, expiresAt, idleTimeoutSeconds: this.config.sessions.idleTimeoutMs / 1000 };
  }

  /** The caller of a request bearing `token`; anonymous when the session is unknown, idle too long, expired or revoked. */
  async resolve(token: string | undefined): Promise<Caller> {
    if (!token) return { kind: 'anonymous', rejectedToken: false };
    const now = this.clock.now();
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { tokenHash: sha256Hex(token), revokedAt: IsNull() },
      relations: { person: true },
      select: {
        id: true,
        scope: true,
        lastSeenAt: true,
        expiresAt: true,
        person: { id: true, staffRole: true },
      },
    });
    const idleSince = session ? now.getTime() - session.lastSeenAt.getTime() : 0;
    if (!session?.person || session.expiresAt <= now || idleSince >= this.config.sessions.idleTimeoutMs) {
      return { kind: 'anonymous', rejectedToken: true };
    }
    if (idleSince >= touchIntervalMs) {
      await this.dataSource.getRepository(Session).update(session.id, { lastSeenAt: now });
    }
    return {
      kind: 'person',
      personId: session.person.id,
      sessionId: session.id,
      scope: session.scope,
      staffRole: session.person.staffRole,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update(sessionId, { revokedAt: this.clock.now() });
  }

  async revokeAllOf(manager: EntityManager, personId: string, now: Date): Promise<void> {
    await manager.update(Session, { personId, revokedAt: IsNull() }, { revokedAt: now });
  }
}
