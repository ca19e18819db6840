import { migrationDataSource } from './data-source.js';

/** Applies pending migrations as the database owner (MIGRATION_DATABASE_URL) and returns how many ran. */
export async function migrate(ownerUrl: string): Promise<number> {
  const owner = migrationDataSource(ownerUrl);
  await owner.initialize();
  try {
    return (await owner.runMigrations()).length;
  } finally {
    await owner.destroy();
  }
}
