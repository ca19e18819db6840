/**
 * A domain list is one const object (`{ GRANTED: 'granted', … } as const`): its values are the
 * column's type, its `@Check` and, through `registerEnumType`, the GraphQL enum (keys become the
 * GraphQL names). One source, no casts between three copies.
 */
export type ValueOf<List extends Record<string, string>> = List[keyof List];

/** The values of a list, in their declared order. */
export function valuesOf<List extends Record<string, string>>(list: List): ValueOf<List>[] {
  return Object.values(list) as ValueOf<List>[];
}

/** The check constraint text `"column" IN ('a', 'b')`, exactly as PostgreSQL-backed migrations compare it. */
export function oneOf(column: string, list: Record<string, string>): string {
  return `"${column}" IN (${valuesOf(list)
    .map((value) => `'${value}'`)
    .join(', ')})`;
}

/** Whether `value` is one of the list's values (for input that arrives as a plain string, such as a URL segment). */
export function isOneOf<List extends Record<string, string>>(list: List, value: string): value is ValueOf<List> {
  return (valuesOf(list) as string[]).includes(value);
}
