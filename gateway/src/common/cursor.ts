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

/** The smallest and largest page a connection serves; outside it is BAD_USER_INPUT. */
export function checkPageSize(first: number, largest: number): void {
  if (!Number.isInteger(first) || first < 1 || first > largest) {
    throw badUserInput(`first is 1 to ${largest}.`, { field: 'first' });
  }
}

/**
 * A Relay connection from `rows` read with `first + 1` (the extra row only tells that more follow).
 * `endWhenEmpty` is the end cursor of an empty page: a feed keeps the caller's place there.
 */
export function forwardPage<Row, Node>(
  rows: Row[],
  first: number,
  cursorOf: (row: Row) => string,
  nodeOf: (row: Row) => Node,
  endWhenEmpty: string | null = null,
) {
  const edges = rows.slice(0, first).map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? endWhenEmpty,
    },
  };
}
