/**
 * The gateway this page talks to: `?gateway=` when present, else the demo server's default.
 * Only http(s) addresses are taken, since the value also becomes the links' href.
 */
export function gatewayUrlFrom(search: string, fallback: string): URL {
  const requested = new URLSearchParams(search).get('gateway') ?? fallback;
  const url = new URL(requested);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`"${requested}" is not an http or https address`);
  }
  return url;
}

/** `base` joined with `path`, keeping a path prefix the gateway may be mounted under. */
export function gatewayEndpoint(base: URL, path: string): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${path}`;
}

/** The demo receiver (`?receiver=`, else the demo server's default), for the link to what it received. */
export function receiverUrlFrom(search: string, fallback: string): string {
  const url = new URL(new URLSearchParams(search).get('receiver') ?? fallback);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fallback;
  return gatewayEndpoint(url, '');
}
