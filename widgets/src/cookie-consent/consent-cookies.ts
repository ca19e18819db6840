import { type ConsentState, cookieCategories } from './consent-state.js';

/**
 * The two first-party cookies on the host's site, both strictly necessary (they remember the
 * answer): `px_visitor`, the random visitor id the gateway's ledger knows (as a hash), and
 * `px_consent`, the answer itself, so that a returning visitor's scripts run without waiting for
 * the gateway. Neither is set before the visitor answers.
 */
const visitorCookie = 'px_visitor';
const consentCookie = 'px_consent';
/** The visitor id outlives one answer (so a renewed answer joins the same record), at most 13 months. */
const visitorIdSeconds = 13 * 30 * 24 * 3600;

function read(name: string): string | null {
  const found = document.cookie.split('; ').find((pair) => pair.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

function write(name: string, value: string, maxAgeSeconds: number): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari; two cookies need no library.
  document.cookie = `${name}=${encodeURIComponent(value)}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; Path=/; SameSite=Lax${secure}`;
}

/** The visitor id of this browser, or a new one (kept only once the visitor answers). */
export function visitorId(): { id: string; known: boolean } {
  const known = read(visitorCookie);
  return known ? { id: known, known: true } : { id: crypto.randomUUID(), known: false };
}

/** The answer kept in the cookie, if it has not expired. */
export function storedAnswer(now: Date): ConsentState | null {
  try {
    const stored = JSON.parse(read(consentCookie) ?? 'null') as Partial<ConsentState> | null;
    if (!stored?.answeredAt || !stored.validUntil || new Date(stored.validUntil) <= now) return null;
    const state: ConsentState = {
      necessary: true,
      preferences: false,
      statistics: false,
      marketing: false,
      answeredAt: stored.answeredAt,
      validUntil: stored.validUntil,
      globalPrivacyControl: stored.globalPrivacyControl === true,
    };
    for (const category of cookieCategories) state[category] = stored[category] === true;
    return state;
  } catch {
    return null;
  }
}

export function keepAnswer(id: string, state: ConsentState, now: Date): void {
  write(visitorCookie, id, visitorIdSeconds);
  const until = state.validUntil ? (new Date(state.validUntil).getTime() - now.getTime()) / 1000 : 0;
  write(consentCookie, JSON.stringify(state), until);
}

/** Forgets the answer (a new text version or an expired one): the banner asks again. */
export function forgetAnswer(): void {
  write(consentCookie, '', 0);
}
