import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AccountRecoveryResolver } from '../authentication/account-recovery.resolver.js';
import { AccountRecoveryService } from '../authentication/account-recovery.service.js';
import { HashingLimits } from '../authentication/hashing-limits.js';
import { SessionService } from '../authentication/session.service.js';
import { SignInResolver } from '../authentication/sign-in.resolver.js';
import { SignInService } from '../authentication/sign-in.service.js';
import { BackgroundJobs } from '../common/background-jobs.js';
import type { Caller, RequestContext } from '../common/caller.js';
import { type Clock, systemClock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { createLogger } from '../common/logger.js';
import { PersonalDataVault } from '../database/personal-data-vault.js';
import { AccountRolesService } from '../identity/account-roles.service.js';
import { ContactDetailsService } from '../identity/contact-details.service.js';
import { IdentityResolver } from '../identity/identity.resolver.js';
import { IdentityService } from '../identity/identity.service.js';
import { CampaignCheckService } from '../marketing/campaign-check.service.js';
import { MarketingResolver } from '../marketing/marketing.resolver.js';
import { MarketingService } from '../marketing/marketing.service.js';
import { devOutboxRoute } from '../messaging/dev-outbox.route.js';
import { createMessageSender, type MessageSender } from '../messaging/message-sender.js';
import { CheckpointService } from '../preferences/checkpoint.service.js';
import { loadLedgerSigningKey } from '../preferences/checkpoint-signing-key.js';
import { Checkpointer } from '../preferences/checkpointer.js';
import { CheckpointsResolver } from '../preferences/checkpoints.resolver.js';
import { LedgerVerificationService } from '../preferences/ledger-verification.service.js';
import { NonCustomerObjectionService } from '../preferences/non-customer-objection.service.js';
import { PreferenceChangeService } from '../preferences/preference-change.service.js';
import { PreferenceReadingService } from '../preferences/preference-reading.service.js';
import { PreferencesResolver } from '../preferences/preferences.resolver.js';
import { ReceiptService } from '../preferences/receipt.service.js';
import { SubjectSearchService } from '../preferences/subject-search.service.js';
import { publishCheckpoint } from '../propagation/checkpoint-event.js';
import { DecisionFeedService } from '../propagation/decision-feed.service.js';
import { DownstreamSystemsService } from '../propagation/downstream-systems.service.js';
import { PropagationResolver } from '../propagation/propagation.resolver.js';
import { PropagationProofService } from '../propagation/propagation-proof.service.js';
import { resolveSystem } from '../propagation/system-authentication.js';
import { isApiKey } from '../propagation/system-credentials.js';
import { PurposesResolver } from '../purposes/purposes.resolver.js';
import { RegisterImportService } from '../registers/register-import.service.js';
import { AccessOverviewService } from '../rights/access-overview.service.js';
import { ErasureService } from '../rights/erasure.service.js';
import { ExportService } from '../rights/export.service.js';
import { ObjectionDecisionService } from '../rights/objection-decision.service.js';
import { OfficeQueueService } from '../rights/office-queue.service.js';
import { RequestsService } from '../rights/requests.service.js';
import { RightsResolver } from '../rights/rights.resolver.js';
import { StaffReadsService } from '../rights/staff-reads.service.js';
import { corsAllowList } from './cors.js';
import { createErrorFormatter } from './error-formatting.js';
import { fileRoutes } from './file.routes.js';
import { graphqlOverHttpStatus, preflightedHeaders } from './graphql-over-http.js';
import { healthRoute, readinessRoute } from './health.routes.js';
import { inputScreening } from './input-screening.js';
import { createMetrics } from './metrics.js';
import { queryLimitRules } from './query-limits.js';
import { type OperationLogFields, operationLogging, requestLogging } from './request-logging.js';
import { buildGatewaySchema, type ResolverInstances } from './schema.js';
import { securityHeaders } from './security-headers.js';

export interface GatewayOptions {
  dataSource: DataSource;
  config: GatewayConfig;
  clock?: Clock;
  messageSender?: MessageSender;
  onUnexpectedError?: (error: unknown) => void;
  /** Where the access log and errors go; by default JSON lines (readable ones in a development terminal). */
  logger?: Logger;
}

export interface RunningGateway {
  /** Base URL, such as `http://localhost:4000`; GraphQL is at `${url}/graphql`. */
  url: string;
  stop(): Promise<void>;
  /** Resolves when the background jobs started so far (register imports, campaign checks, exports) are done. */
  idle(): Promise<void>;
  /** Signs ledger checkpoints; `start()` signs them every LEDGER_CHECKPOINT_SECONDS (tests call `runOnce()`). */
  checkpointer: Checkpointer;
}

/** The composition root: every service built once, with its dependencies as constructor arguments. */
export async function startGateway(options: GatewayOptions, port: number): Promise<RunningGateway> {
  const { dataSource, config } = options;
  const logger = options.logger ?? createLogger({ production: config.production, level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const vault = new PersonalDataVault(config.dataProtection);
  const messages = options.messageSender ?? createMessageSender(config, dataSource, clock, vault);

  const sessions = new SessionService(dataSource, clock, config);
  const hashingLimits = new HashingLimits(dataSource, config);
  const ledgerKey = loadLedgerSigningKey(config.ledgerCheckpoints.signingKey);
  const checkpointer = new Checkpointer({
    dataSource,
    clock,
    key: ledgerKey,
    publish: publishCheckpoint,
    intervalSeconds: config.ledgerCheckpoints.intervalSeconds,
    onError: (error) => logger.error({ err: error }, 'ledger checkpoint failed'),
  });
  const jobs = new BackgroundJobs();
  const resolvers: ResolverInstances = new Map();
  resolvers.set(
    SignInResolver,
    new SignInResolver(
      new SignInService(dataSource, clock, config, messages, sessions, hashingLimits, vault),
      sessions,
    ),
  );
  resolvers.set(
    AccountRecoveryResolver,
    new AccountRecoveryResolver(
      new AccountRecoveryService(dataSource, clock, config, messages, sessions, hashingLimits, vault),
    ),
  );
  resolvers.set(
    IdentityResolver,
    new IdentityResolver(
      new IdentityService(dataSource, vault),
      new AccountRolesService(dataSource, clock, messages, vault),
      new ContactDetailsService(dataSource, clock, vault),
    ),
  );
  resolvers.set(PurposesResolver, new PurposesResolver());
  const changes = new PreferenceChangeService(dataSource, clock);
  resolvers.set(
    PreferencesResolver,
    new PreferencesResolver(
      changes,
      new PreferenceReadingService(dataSource, clock),
      new NonCustomerObjectionService(dataSource, clock, changes, vault),
      new ReceiptService(dataSource, clock),
      new LedgerVerificationService(dataSource, ledgerKey),
      new SubjectSearchService(dataSource, clock, vault),
    ),
  );
  resolvers.set(
    CheckpointsResolver,
    new CheckpointsResolver(new CheckpointService(dataSource, checkpointer, ledgerKey)),
  );
  resolvers.set(
    PropagationResolver,
    new PropagationResolver(
      new DownstreamSystemsService(dataSource, clock, config),
      new DecisionFeedService(dataSource, clock),
      new PropagationProofService(dataSource, clock),
    ),
  );
  resolvers.set(MarketingResolver, new MarketingResolver(new MarketingService(dataSource, vault)));
  const exports = new ExportService(dataSource, clock, jobs, vault);
  const requests = new RequestsService(dataSource, clock, messages, exports, vault);
  resolvers.set(
    RightsResolver,
    new RightsResolver(
      requests,
      new OfficeQueueService(dataSource, clock, requests),
      new StaffReadsService(dataSource, clock, vault),
      new AccessOverviewService(dataSource, clock, vault),
      new ErasureService(requests),
      new ObjectionDecisionService(requests),
    ),
  );
  const registerImports = new RegisterImportService(dataSource, clock, jobs, vault);
  const campaignChecks = new CampaignCheckService(dataSource, clock, jobs, vault);
  const callerOf = async (request: Request): Promise<Caller> => {
    const token = bearerToken(request.headers.authorization);
    return token && isApiKey(token) ? resolveSystem(dataSource, token) : sessions.resolve(token);
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildGatewaySchema(resolvers),
    introspection: !config.production,
    // No "Did you mean …?" either: with introspection off, suggestions would still spell the schema out.
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: { requestHeaders: preflightedHeaders },
    validationRules: queryLimitRules(config.queryLimits),
    formatError: createErrorFormatter({
      production: config.production,
      onUnexpected: options.onUnexpectedError ?? ((error) => logger.error({ err: error }, 'unexpected error')),
    }),
    // No HTTP caching of answers here (they are per person): skip the cache-control plugin's per-field work.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdown.graceMs }),
      ApolloServerPluginCacheControlDisabled(),
      inputScreening(),
      operationLogging(),
      graphqlOverHttpStatus(),
    ],
  });
  await apollo.start();

  const metrics = createMetrics({ dataSource, clock, jobs });
  app.use(requestLogging(logger));
  app.use(metrics.measure);
  app.use(securityHeaders(config));
  app.use(corsAllowList(config.corsOrigins));
  app.get('/healthz', healthRoute);
  app.get('/metrics', metrics.handler);
  let stopping = false;
  app.get(
    '/readyz',
    readinessRoute(dataSource, () => stopping),
  );
  app.get('/ledger/public-key', (_request, response) => {
    response.type('application/x-pem-file').send(ledgerKey.publicKeyPem);
  });
  if (!config.production) app.get('/dev/outbox', devOutboxRoute(dataSource, vault));
  app.use(fileRoutes(callerOf, { registers: registerImports, campaigns: campaignChecks, exports }));
  app.use(
    '/graphql',
    // Room for 10,000 identifiers in one marketingDecisions call; files go to the upload routes.
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = await callerOf(req);
        if (caller.kind === 'person') caller.globalPrivacyControl = req.headers['sec-gpc'] === '1';
        const logFields: OperationLogFields = {};
        res.locals.graphql = logFields;
        return { caller, clientAddress: req.ip ?? 'unknown', logFields };
      },
    }),
  );

  await new Promise<void>((listening) => httpServer.listen(port, listening));
  const { port: boundPort } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${boundPort}`,
    stop: async () => {
      stopping = true;
      // Load balancers see 503 and take this instance out before it stops taking connections.
      await new Promise((delayed) => setTimeout(delayed, config.shutdown.delayMs));
      await checkpointer.stop();
      // Closes the listener, then waits for the requests in flight (up to the grace period).
      await apollo.stop();
      // Background jobs (an export being sealed, a campaign check) finish before the database goes.
      await jobs.idle();
    },
    idle: () => jobs.idle(),
    checkpointer,
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
