import type { CookieOptions, Request, Response } from 'express';
import type { SessionCookie } from '../common/caller.js';

/** The one route the refresh cookie is sent to: no other request of the gateway carries it. */
export const refreshRoutePath = '/session/refresh';
export const refreshCookieName = 'px_refresh';
/**
 * The header a refresh must carry: not one of the CORS-safelisted ones, so a browser sends it
 * cross-origin only after a preflight that the CORS allow-list answers (no cross-site form or
 * simple request can refresh).
 */
export const refreshHeader = 'px-refresh';

function attributes(request: Request, production: boolean): CookieOptions {
  return {
    httpOnly: true,
    // Plain http is for development on localhost only; production always marks it Secure.
    secure: production || request.secure,
    sameSite: 'lax',
    path: refreshRoutePath,
  };
}

/** The refresh cookie of one HTTP answer. */
export function refreshCookieOf(request: Request, response: Response, production: boolean): SessionCookie {
  return {
    set: (credential, expiresAt) =>
      response.cookie(refreshCookieName, credential, { ...attributes(request, production), expires: expiresAt }),
    clear: () => response.clearCookie(refreshCookieName, attributes(request, production)),
  };
}

/** The refresh credential the browser sent, if any (one cookie: no cookie parser needed). */
export function presentedRefreshCredential(request: Request): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === refreshCookieName) return value.join('=') || undefined;
  }
  return undefined;
}
