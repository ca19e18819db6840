import { migrationDataSource } from './data-source.js';

/** Applies pending migrations as the database owner and returns how many ran. */
export async function migrate(url: string): Promise<number> {
  const owner = migrationDataSource(url);
  await owner.initialize();
  try {
    return (await owner.runMigrations()).length;
  } finally {
    await owner.destroy();
  }
}
