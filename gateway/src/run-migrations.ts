import 'reflect-metadata';
import { migrate } from './migrate.js';

/**
 * The one-shot migration job of a deployment (compose.yaml's `migrate`), as the owner login, before
 * the gateways start: several gateways starting together then find nothing left to apply.
 */
const ownerUrl = process.env.MIGRATION_DATABASE_URL;
if (!ownerUrl) {
  console.error('Set MIGRATION_DATABASE_URL to the owner login (docs/decisions/0011-database-logins.md)');
  process.exit(1);
}
try {
  console.log(JSON.stringify({ msg: 'migrations applied', count: await migrate(ownerUrl) }));
} catch (error) {
  console.error(`The migrations failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
