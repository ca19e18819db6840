/**
 * Rebuilds the preference projection from the ledger: `pnpm --filter ./gateway projection:rebuild`.
 * Uses the database of `pnpm start` as the application login (stop the gateway first).
 */
import 'reflect-metadata';
import { gatewayDataSource } from '../src/data-source.js';
import { openDatabaseServer, productDatabaseOptions } from '../src/database/database-server.js';
import { rebuildProjection } from '../src/preferences/projection-rebuild.js';

const server = await openDatabaseServer(productDatabaseOptions());
const dataSource = gatewayDataSource(server.urls.application);
await dataSource.initialize();
try {
  const events = await rebuildProjection(dataSource, (read) => console.log(`… ${read} events replayed`));
  console.log(`Projection rebuilt from ${events} ledger events.`);
} finally {
  await dataSource.destroy();
  await server.stop();
}
