import { hash } from 'node:crypto';

/**
 * The id of an object with no row of its own (a purpose state, a line's preferences): a hash of
 * its type and what names it, so a client cache (Apollo's `__typename:id`) finds the same object
 * again in every answer. No operation takes these ids back, so an id reveals and opens nothing.
 */
export function derivedId(type: string, ...parts: string[]): string {
  // The one-shot hash: a privacy page makes dozens of these ids, and a Hash object each cost more than the digest.
  return hash('sha256', JSON.stringify([type, ...parts]), 'base64url').slice(0, 22);
}
