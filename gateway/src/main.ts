import 'reflect-metadata';
import { systemClock } from './common/clock.js';
import { loadConfig } from './common/config.js';
import { gatewayDataSource } from './data-source.js';
import { openDatabaseServer, productDatabaseOptions } from './database/database-server.js';
import { PersonalDataVault } from './database/personal-data-vault.js';
import { demoPassword, seedDemoData } from './demo/demo-data.js';
import { startDemoReceiver } from './demo/demo-receiver.js';
import { seedDemoSystems } from './demo/demo-systems.js';
import { sweepExpired } from './maintenance/retention.js';
import { migrate } from './migrate.js';
import { Relay } from './propagation/relay.js';
import { startGateway } from './server/create-gateway.js';

const config = loadConfig();
const database = await openDatabaseServer(productDatabaseOptions());
const applied = await migrate(database.url);
const dataSource = gatewayDataSource(database.url);
await dataSource.initialize();
const demo = !config.production && process.env.DEMO_DATA !== 'false';
const seeded = demo && (await seedDemoData(dataSource, systemClock, new PersonalDataVault(config.dataProtection)));
const receiver = demo
  ? await startDemoReceiver(
      dataSource,
      config.secret,
      Number(process.env.DEMO_RECEIVER_PORT ?? 4200),
      config.corsOrigins,
    )
  : undefined;
if (receiver) await seedDemoSystems(dataSource, systemClock, receiver.url);
const gateway = await startGateway({ dataSource, config }, config.port);
const relay = new Relay({
  dataSource,
  databaseUrl: database.url,
  clock: systemClock,
  gatewaySecret: config.secret,
  onError: (error) => console.error('Relay:', error),
});
await relay.start();
// Every instance sweeps: the deletes are idempotent, and one instance alone is enough.
const sweep = () => sweepExpired(dataSource, systemClock.now()).catch((error) => console.error('Retention:', error));
const retention = setInterval(sweep, 10 * 60_000);
void sweep();

const seconds = process.uptime().toFixed(1);
console.log(`
Privacy gateway ready in ${seconds} s
  GraphQL      ${gateway.url}/graphql
  Health       ${gateway.url}/healthz   ${gateway.url}/readyz
${config.production ? '' : `  Dev outbox   ${gateway.url}/dev/outbox   (SMS codes and e-mails land here)\n`}  Host page    ${config.publicSiteUrl}/
${receiver ? `  Receiver     ${receiver.url}/received   (the demo downstream systems' verified webhooks)\n` : ''}  Database     ${database.description}; ${applied} migration(s) applied now${seeded ? '; demo data created' : ''}
${config.production ? '' : `  Demo sign-in philip.smith@example.com / ${demoPassword} (administrator), mary.jones@example.com (user), dpo@example.com (DPO)\n`}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the gateway and its database`);
  clearInterval(retention);
  await relay.stop();
  await gateway.stop();
  await receiver?.stop();
  await dataSource.destroy();
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
