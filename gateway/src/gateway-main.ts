import 'reflect-metadata';
import { systemClock } from './common/clock.js';
import { loadConfig } from './common/config.js';
import { createLogger } from './common/logger.js';
import { stopTracing } from './common/tracing.js';
import { gatewayDataSource } from './data-source.js';
import { assertApplicationLogin } from './database/application-login.js';
import { openDatabaseServer, productDatabaseOptions } from './database/database-server.js';
import { PersonalDataVault } from './database/personal-data-vault.js';
import { demoPassword, seedDemoData, seedDemoSystems, startDemoReceiver } from './demo/index.js';
import { createMessageSender } from './messaging/index.js';
import { migrate } from './migrate.js';
import { Relay } from './propagation/index.js';
import { startGateway } from './server/index.js';

/** A setting or the database that stops the start: said plainly, without a stack trace. */
function cannotStart(error: unknown): never {
  console.error(`The gateway cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    return cannotStart(error);
  }
})();
const database = await openDatabaseServer(productDatabaseOptions()).catch(cannotStart);
const applied = await migrate(database.urls.owner);
const dataSource = gatewayDataSource(database.urls.application);
await dataSource.initialize();
await assertApplicationLogin(dataSource);
const demo = !config.production && process.env.DEMO_DATA !== 'false';
const vault = new PersonalDataVault(config.dataProtection);
const seeded = demo && (await seedDemoData(dataSource, systemClock, vault));
const receiver = demo
  ? await startDemoReceiver(
      dataSource,
      config.secret,
      Number(process.env.DEMO_RECEIVER_PORT ?? 4200),
      config.corsOrigins,
    )
  : undefined;
if (receiver) await seedDemoSystems(dataSource, systemClock, receiver.url);
const logger = createLogger({ production: config.production, level: config.logLevel });
const gateway = await startGateway({ dataSource, databaseUrl: database.urls.application, config, logger }, config.port);
const relay = new Relay({
  dataSource,
  databaseUrl: database.urls.application,
  clock: systemClock,
  gatewaySecret: config.secret,
  officeAlerts: config.officeAlertEmail
    ? { messages: createMessageSender(config, dataSource, systemClock, vault), to: config.officeAlertEmail }
    : undefined,
  onError: (error) => logger.error({ err: error }, 'relay failed'),
});
if (config.relayEnabled) await relay.start();
gateway.checkpointer.start();

const seconds = process.uptime().toFixed(1);
logger.info(
  { url: gateway.url, database: database.description, migrationsApplied: applied, demoData: seeded },
  'gateway ready',
);
// The banner is for a person at a terminal; the platform reads the JSON line above.
if (!config.production)
  console.log(`
Privacy gateway ready in ${seconds} s
  GraphQL      ${gateway.url}/graphql
  Health       ${gateway.url}/healthz   ${gateway.url}/readyz
  Ledger key   ${gateway.url}/ledger/public-key   (checkpoints signed every ${config.ledgerCheckpoints.intervalSeconds} s)
${config.production ? '' : `  Dev outbox   ${gateway.url}/dev/outbox   (SMS codes and e-mails land here)\n`}  Host page    ${config.publicSiteUrl}/
${receiver ? `  Receiver     ${receiver.url}/received   (the demo downstream systems' verified webhooks)\n` : ''}  Database     ${database.description}; ${applied} migration(s) applied now${seeded ? '; demo data created' : ''}
${config.production ? '' : `  Demo sign-in philip.smith@example.com / ${demoPassword} (administrator), mary.jones@example.com (user), dpo@example.com (DPO)\n`}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'finishing the requests in flight, then stopping the gateway and its database');
  // The relay stops claiming and finishes what it sends while the HTTP server drains.
  await Promise.all([relay.stop(), gateway.stop()]);
  await receiver?.stop();
  await dataSource.destroy();
  await database.stop();
  await stopTracing();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
