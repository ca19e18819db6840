import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { Caller, SessionScope, StaffRole } from '../common/caller.js';
import { addMilliseconds, type Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import type { Language } from '../common/language.js';
import { notifyLive } from '../common/live-notice.js';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';
import { pooledQuery } from '../database/pool-query.js';
import {
  type IssuedRefreshCredential,
  issueRefreshCredential,
  revokeRefreshCredentials,
} from './refresh-credentials.js';
import { Session } from './session.entity.js';

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  idleTimeoutSeconds: number;
  /** A full session's refresh credential, for the cookie (`signedInSession` sets it); none for recovery. */
  refresh?: IssuedRefreshCredential;
}

/** The sign-in a refreshed session continues: same family, same absolute end. */
export interface SessionFamily {
  id: string;
  expiresAt: Date;
}

interface SessionRow {
  id: string;
  scope: SessionScope;
  last_seen_at: Date;
  expires_at: Date;
  person_id: string;
  staff_role: StaffRole | null;
  language: Language;
}

/** Touching the session on every request would write on every read; once a minute is precise enough. */
const touchIntervalMs = 60_000;

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
  ) {}

  /**
   * Opens a session: a new family (a sign-in), or one more of `family` (a refresh). A full
   * session comes with its family's next refresh credential.
   */
  async issue(
    manager: EntityManager,
    personId: string,
    scope: SessionScope,
    now: Date,
    family?: SessionFamily,
  ): Promise<IssuedSession> {
    const accessToken = newOpaqueToken('pxs');
    const lifetime = scope === 'full' ? this.config.sessions.absoluteTimeoutMs : this.config.signIn.recoverySessionMs;
    const { id: familyId, expiresAt } = family ?? { id: randomUUID(), expiresAt: addMilliseconds(now, lifetime) };
    await manager.insert(Session, {
      tokenHash: sha256Hex(accessToken),
      personId,
      familyId,
      scope,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
    });
    const refresh =
      scope === 'full'
        ? await issueRefreshCredential(manager, { personId, familyId, familyExpiresAt: expiresAt }, now)
        : undefined;
    return { accessToken, expiresAt, idleTimeoutSeconds: this.config.sessions.idleTimeoutMs / 1000, refresh };
  }

  /** The caller of a request bearing `token`; anonymous when the session is unknown, idle too long, expired or revoked. */
  async resolve(token: string | undefined, options: { touch?: boolean } = {}): Promise<Caller> {
    if (!token) return { kind: 'anonymous', rejectedToken: false };
    const now = this.clock.now();
    // Every request passes here: one round trip, in plain SQL.
    const [session] = await pooledQuery<SessionRow>(
      this.dataSource,
      'resolve-session',
      `SELECT s.id, s.scope, s.last_seen_at, s.expires_at, p.id AS person_id, p.staff_role, p.language
       FROM session s JOIN person p ON p.id = s.person_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL`,
      [sha256Hex(token)],
    );
    const idleSince = session ? now.getTime() - session.last_seen_at.getTime() : 0;
    if (!session || session.expires_at <= now || idleSince >= this.config.sessions.idleTimeoutMs) {
      return { kind: 'anonymous', rejectedToken: true };
    }
    // An open subscription checks its session without touching it: a tab left open is not activity.
    if (idleSince >= touchIntervalMs && options.touch !== false) {
      await pooledQuery(this.dataSource, 'touch-session', 'UPDATE session SET last_seen_at = $2 WHERE id = $1', [
        session.id,
        now,
      ]);
    }
    return {
      kind: 'person',
      personId: session.person_id,
      sessionId: session.id,
      scope: session.scope,
      staffRole: session.staff_role,
      language: session.language,
    };
  }

  /** Signing out: the session and every other of its family (other tabs, refreshes) end, with their refresh credential. */
  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneByOrFail(Session, { id: sessionId });
      await this.revokeFamily(manager, session.familyId, this.clock.now());
    });
  }

  async revokeFamily(manager: EntityManager, familyId: string, now: Date): Promise<void> {
    const open = { familyId, revokedAt: IsNull() };
    const revoked = await manager.find(Session, { where: open, select: { id: true } });
    await manager.update(Session, open, { revokedAt: now });
    await revokeRefreshCredentials(manager, { familyId }, now);
    // Their subscriptions, on whichever gateway they are open, close now rather than at their next check.
    for (const { id } of revoked) await notifyLive(manager, { kind: 'session-revoked', sessionId: id });
  }

  async revokeAllOf(manager: EntityManager, personId: string, now: Date): Promise<void> {
    await manager.update(Session, { personId, revokedAt: IsNull() }, { revokedAt: now });
    await revokeRefreshCredentials(manager, { personId }, now);
    await notifyLive(manager, { kind: 'sessions-revoked', personId });
  }
}
