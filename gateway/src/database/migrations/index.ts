import { Foundation1795383511001 } from './1795383511001-foundation.js';

/** Every migration, oldest first. `pnpm --filter ./gateway migration:generate <Name>` adds to this list. */
export const migrations = [Foundation1795383511001];
