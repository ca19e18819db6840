import type { EntityManager } from 'typeorm';

/**
 * What a system is told of a subject besides its pseudonymous id: a line's number and customer
 * number (the location pipeline and the directory service work by number). Looked up when the
 * system is told, from deletable tables: after an erasure there is nothing left to tell.
 */
export interface SubjectIdentifiers {
  phoneNumber?: string;
  customerNumber?: string;
}

export async function subjectIdentifiers(
  manager: EntityManager,
  subjectIds: string[],
): Promise<Map<string, SubjectIdentifiers>> {
  if (subjectIds.length === 0) return new Map();
  const rows: { id: string; phone_number: string | null; customer_number: string }[] = await manager.query(
    `SELECT s.id, s.phone_number, a.customer_number FROM subscription s JOIN customer_account a ON a.id = s.account_id
     WHERE s.id = ANY($1::uuid[])`,
    [subjectIds],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { customerNumber: row.customer_number, ...(row.phone_number ? { phoneNumber: row.phone_number } : {}) },
    ]),
  );
}
