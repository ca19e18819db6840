/**
 * TypeORM's `query()` answers an UPDATE or DELETE with `[rows, affectedCount]` and a SELECT or
 * INSERT with the rows: this gives the rows either way, for statements with RETURNING.
 */
export function returnedRows<Row>(result: unknown): Row[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }
  return result as Row[];
}
