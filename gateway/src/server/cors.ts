import cors from 'cors';
import { refreshHeader } from '../authentication/index.js';

/**
 * Only the operator's host sites may call the gateway from a browser. Access tokens travel in
 * the Authorization header; the one cookie is the refresh credential (decision 22), so the
 * allowed origins, and only they, may send credentials.
 */
export function corsAllowList(origins: string[]) {
  const allowed = new Set(origins);
  return cors((request, decide) => {
    const origin = request.headers.origin;
    const allowedOrigin = origin === undefined || allowed.has(origin);
    decide(null, {
      origin: allowedOrigin,
      // A foreign origin hears nothing about credentials either.
      credentials: allowedOrigin && origin !== undefined,
      // PUT: the office's screen uploads a register's file (PUT /registers/:register).
      methods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'sec-gpc', refreshHeader],
      maxAge: 600,
    });
  });
}
