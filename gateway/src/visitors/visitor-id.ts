import { createHash } from 'node:crypto';
import { invalidSite, invalidVisitorId } from './visitors.errors.js';

/** What px-cookie-consent keeps in its first-party cookie: a random UUID made by the browser (crypto.randomUUID). */
const visitorIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A host name as a browser's `location.hostname` gives it, optionally with a port. */
const sitePattern =
  /^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/;

/**
 * The ledger's subject id of a visitor: a hash of the cookie's id, never the id itself. So nobody
 * can write into a person's chain by sending that person's id as a visitor id, and the ledger
 * alone does not tell which browser holds which chain.
 */
export function visitorSubjectId(visitorId: string): string {
  const id = visitorId.trim().toLowerCase();
  if (!visitorIdPattern.test(id)) throw invalidVisitorId();
  const hex = createHash('sha256').update(`px-visitor:${id}`).digest('hex');
  // Shaped as an RFC 9562 version 8 (custom) UUID, so it fits the ledger's uuid columns.
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The operator site the banner runs on, as its host name (lower case). */
export function validSite(site: string): string {
  const host = site.trim().toLowerCase();
  if (!sitePattern.test(host)) throw invalidSite();
  return host;
}
