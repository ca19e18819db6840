import type { EntityManager } from 'typeorm';

/**
 * The person a browser (visitor subject) was linked to at sign-in, if any: its cookie answers are
 * shown in that person's privacy centre, so they are also the person's live changes.
 */
export async function personLinkedTo(manager: EntityManager, subjectId: string): Promise<string[]> {
  const rows: { person_id: string }[] = await manager.query(
    'SELECT person_id FROM visitor WHERE subject_id = $1 AND person_id IS NOT NULL',
    [subjectId],
  );
  return rows.map((row) => row.person_id);
}
