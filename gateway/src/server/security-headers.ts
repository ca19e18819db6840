import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { GatewayConfig } from '../common/config.js';

/**
 * Helmet's headers on every route. The gateway serves JSON, files and nothing a browser should
 * render or frame, so the content policy allows nothing; outside production it is left off so
 * that Apollo's landing page (which loads its scripts) still opens in a browser.
 */
export function securityHeaders(config: GatewayConfig): RequestHandler {
  const headers = headersOf(
    helmet({
      contentSecurityPolicy: config.production
        ? { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }
        : false,
      frameguard: { action: 'deny' },
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
      referrerPolicy: { policy: 'no-referrer' },
      // The host pages of other origins read the answers through CORS; CORP would block their downloads.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  );
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}

// Helmet's headers depend on its options only: worked out once, set on every response as a list.
function headersOf(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const response = { setHeader: (name: string, value: string) => headers.push([name, value]), removeHeader() {} };
  middleware({} as Parameters<RequestHandler>[0], response as never, () => {});
  return headers;
}
