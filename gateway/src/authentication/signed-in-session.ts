import type { RequestContext, SessionScope } from '../common/caller.js';
import { derivedId } from '../common/object-id.js';
import { SessionView } from './authentication.types.js';
import type { IssuedSession } from './session.service.js';

export function sessionView(session: IssuedSession, scope: SessionScope): SessionView {
  const { accessToken, expiresAt, idleTimeoutSeconds } = session;
  return Object.assign(new SessionView(), {
    id: derivedId('Session', accessToken),
    accessToken,
    expiresAt,
    idleTimeoutSeconds,
    scope,
  });
}

/**
 * The answer of every sign-in that opens a full session (the SMS code today; passkeys or any
 * other way tomorrow call this too): the `Session`, and the refresh cookie set on the HTTP
 * answer, so that a reload keeps the person signed in (decision 22).
 */
export function signedInSession(context: RequestContext, session: IssuedSession): SessionView {
  if (session.refresh) context.sessionCookie?.set(session.refresh.credential, session.refresh.expiresAt);
  return sessionView(session, 'full');
}
