import type { NextFunction, Request, Response } from 'express';
import {
  presentedRefreshCredential,
  refreshCookieOf,
  refreshHeader,
  refreshNotAllowed,
  type SessionRefreshService,
  sessionView,
} from '../authentication/index.js';
import { SessionScope } from '../common/caller.js';
import { DomainError } from '../common/errors.js';

/**
 * `POST /session/refresh`: the refresh cookie for a new access token (the `Session` shape of
 * `completeSignIn`) and the next cookie. CSRF: the cookie goes with any same-site request, so
 * the call must also come from an allowed origin and carry a header that only a preflighted
 * (CORS-approved) request can have. Without a cookie: 204. A refused refresh clears the cookie.
 */
export function sessionRefreshRoute(options: {
  refresh: SessionRefreshService;
  corsOrigins: string[];
  production: boolean;
}) {
  const allowed = new Set(options.corsOrigins);
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const cookie = refreshCookieOf(request, response, options.production);
    try {
      const origin = request.headers.origin;
      if (request.headers[refreshHeader] !== '1' || !origin || !allowed.has(origin)) throw refreshNotAllowed();
      const credential = presentedRefreshCredential(request);
      // Every page load of a signed-out visitor asks: "nothing to renew" is an answer, not an error in their console.
      if (!credential) {
        response.status(204).end();
        return;
      }
      const session = await options.refresh.refresh(credential);
      if (session.refresh) cookie.set(session.refresh.credential, session.refresh.expiresAt);
      const { accessToken, expiresAt, idleTimeoutSeconds, scope } = sessionView(session, SessionScope.FULL);
      response.setHeader('cache-control', 'no-store');
      response.status(200).json({ accessToken, expiresAt, idleTimeoutSeconds, scope: scope.toUpperCase() });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') cookie.clear();
      next(error);
    }
  };
}
