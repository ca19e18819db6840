import type { EntityManager } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import { StaffRead } from './staff-read.entity.js';

/** Logs a read of a subject's data when the reader is staff; people reading their own data are not logged. */
export async function logStaffRead(
  manager: EntityManager,
  caller: PersonCaller,
  subjectId: string,
  what: string,
  now: Date,
): Promise<void> {
  if (!caller.staffRole) return;
  await manager.insert(StaffRead, { staffPersonId: caller.personId, subjectId, what, readAt: now });
}
