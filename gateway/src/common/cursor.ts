import { badUserInput } from './errors.js';

/** An opaque page cursor: `kind:value`, base64url, so clients cannot build one by hand. */
export function encodeCursor(kind: string, value: string): string {
  return Buffer.from(`${kind}:${value}`).toString('base64url');
}

/** The value of a cursor this gateway gave for `kind`, checked against `valid`; BAD_USER_INPUT otherwise. */
export function decodeCursor(kind: string, cursor: string, valid: RegExp): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const value = decoded.startsWith(`${kind}:`) ? decoded.slice(kind.length + 1) : '';
  if (!valid.test(value)) throw cursorNotGiven();
  return value;
}

export function cursorNotGiven() {
  return badUserInput('This cursor is not one the gateway gave.', { field: 'after' });
}
