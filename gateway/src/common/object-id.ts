import { createHash } from 'node:crypto';

/**
 * The id of an object with no row of its own (a purpose state, a line's preferences): a hash of
 * its type and what names it, so a client cache (Apollo's `__typename:id`) finds the same object
 * again in every answer. No operation takes these ids back, so an id reveals and opens nothing.
 */
export function derivedId(type: string, ...parts: string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([type, ...parts]))
    .digest('base64url')
    .slice(0, 22);
}
