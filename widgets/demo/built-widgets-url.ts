/**
 * Where the built widgets are served (`module/`, `federation/`): `?widgets=` when present, else
 * this page's own origin. A real host site names the widgets' server, on another origin.
 */
export function builtWidgetsUrl(search: string, fallback: string): string {
  const requested = new URLSearchParams(search).get('widgets') ?? fallback;
  const url = new URL(requested);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`"${requested}" is not an http or https address`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
