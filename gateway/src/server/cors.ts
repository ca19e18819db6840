import cors from 'cors';

/**
 * Only the operator's host sites may call the gateway from a browser. Tokens travel in the
 * Authorization header, never in cookies, so credentials mode stays off.
 */
export function corsAllowList(origins: string[]) {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, decide) => decide(null, origin === undefined || allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'sec-gpc'],
    maxAge: 600,
  });
}
