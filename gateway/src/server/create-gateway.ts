import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import {
  AccountRecoveryResolver,
  AccountRecoveryService,
  HashingLimits,
  PasskeySignInService,
  PasskeysResolver,
  PasskeysService,
  refreshCookieOf,
  refreshRoutePath,
  SessionRefreshService,
  SessionService,
  SignInResolver,
  SignInService,
} from '../authentication/index.js';
import type { Caller, RequestContext } from '../common/caller.js';
import { type Clock, systemClock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { JobRunner } from '../common/job-runner.js';
import { createLogger } from '../common/logger.js';
import { PersonalDataVault } from '../database/personal-data-vault.js';
import { AccountRolesService, ContactDetailsService, IdentityResolver, IdentityService } from '../identity/index.js';
import { retentionSweeps } from '../maintenance/index.js';
import { CampaignCheckService, MarketingResolver, MarketingService } from '../marketing/index.js';
import { createMessageSender, type MessageSender } from '../messaging/index.js';
import {
  Checkpointer,
  CheckpointService,
  CheckpointsResolver,
  LedgerVerificationService,
  loadLedgerSigningKey,
  NonCustomerObjectionService,
  PreferenceChangeService,
  PreferenceReadingService,
  PreferencesResolver,
  ReceiptService,
  SubjectSearchService,
} from '../preferences/index.js';
import {
  DecisionFeedService,
  DownstreamSystemsService,
  isApiKey,
  PropagationProofService,
  PropagationResolver,
  publishCheckpoint,
  resolveSystem,
} from '../propagation/index.js';
import { PurposesResolver } from '../purposes/index.js';
import { RegisterImportService } from '../registers/index.js';
import {
  AccessOverviewService,
  ErasureService,
  ExportService,
  InformationReplyService,
  MyRequestsService,
  MyRightsResolver,
  ObjectionDecisionService,
  OfficeQueueService,
  OfficeResolver,
  RequestsService,
  RightsResolver,
  StaffReadsService,
} from '../rights/index.js';
import {
  CookieConsentResolver,
  CookieConsentService,
  VisitorLimits,
  VisitorLinkingService,
} from '../visitors/index.js';
import { corsAllowList } from './cors.js';
import { createErrorFormatter } from './error-formatting.js';
import { graphqlOverHttpStatus, preflightedHeaders } from './graphql-over-http.js';
import { healthRoute, readinessRoute } from './health.routes.js';
import { inputScreening } from './input-screening.js';
import { LiveFeed } from './live-feed.js';
import { LiveSources } from './live-sources.js';
import { LiveTopics } from './live-topics.js';
import { createMetrics } from './metrics.js';
import { queryLimitRules } from './query-limits.js';
import { type OperationLogFields, operationLogging, requestLogging } from './request-logging.js';
import { restErrors, unknownRoute } from './rest-errors.js';
import { restRouter } from './rest-router.js';
import { restRoutes } from './rest-routes.js';
import { buildGatewaySchema, type ResolverInstances } from './schema.js';
import { securityHeaders } from './security-headers.js';
import { sessionRefreshRoute } from './session-refresh.route.js';
import { serveSubscriptions } from './subscriptions.js';
import { SubscriptionsResolver } from './subscriptions.resolver.js';

export interface GatewayOptions {
  dataSource: DataSource;
  /** The database login of `dataSource`, for the LISTEN connection of the subscriptions. */
  databaseUrl: string;
  config: GatewayConfig;
  clock?: Clock;
  messageSender?: MessageSender;
  onUnexpectedError?: (error: unknown) => void;
  /** Where the access log and errors go; by default JSON lines (readable ones in a development terminal). */
  logger?: Logger;
  /** Awaited before each job step: test-support's `JobGate` holds background jobs with it. */
  beforeJobStep?: () => Promise<void>;
}

export interface RunningGateway {
  /** Base URL, such as `http://localhost:4000`; GraphQL is at `${url}/graphql`. */
  url: string;
  stop(): Promise<void>;
  /** The durable jobs (register imports, campaign checks, exports, retention sweeps) this gateway runs its share of. */
  jobs: JobRunner;
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
  const jobs = new JobRunner({
    databaseUrl: (dataSource.options as { url?: string }).url as string,
    stepTimeoutSeconds: config.jobs.stepTimeoutSeconds,
    attempts: config.jobs.attempts,
    onError: (error) => logger.error({ err: error }, 'background job failed'),
    beforeStep: options.beforeJobStep,
  });
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
    PasskeysResolver,
    new PasskeysResolver(
      new PasskeysService(dataSource, clock, config, messages, vault),
      new PasskeySignInService(dataSource, clock, config, sessions, hashingLimits),
    ),
  );
  resolvers.set(
    IdentityResolver,
    new IdentityResolver(
      new IdentityService(dataSource, vault),
      new AccountRolesService(
        dataSource,
        clock,
        messages,
        vault,
        new URL('/account-access', config.publicSiteUrl).toString(),
      ),
      new ContactDetailsService(dataSource, clock, vault),
    ),
  );
  resolvers.set(PurposesResolver, new PurposesResolver());
  const changes = new PreferenceChangeService(dataSource, clock);
  const reading = new PreferenceReadingService(dataSource, clock);
  const proofs = new PropagationProofService(dataSource, clock);
  const receipts = new ReceiptService(dataSource, clock);
  const cookieConsents = new CookieConsentService(
    dataSource,
    clock,
    config.visitors,
    new VisitorLimits(dataSource, config),
    receipts,
  );
  resolvers.set(
    CookieConsentResolver,
    new CookieConsentResolver(cookieConsents, new VisitorLinkingService(dataSource, clock, cookieConsents)),
  );
  resolvers.set(
    PreferencesResolver,
    new PreferencesResolver(
      changes,
      reading,
      new NonCustomerObjectionService(dataSource, clock, changes, vault),
      receipts,
      new LedgerVerificationService(dataSource, ledgerKey, clock),
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
      proofs,
    ),
  );
  resolvers.set(MarketingResolver, new MarketingResolver(new MarketingService(dataSource, vault, clock)));
  const exports = new ExportService(dataSource, clock, jobs, vault);
  const requests = new RequestsService(dataSource, clock, messages, exports, vault);
  const officeQueue = new OfficeQueueService(dataSource, clock, requests);
  const erasure = new ErasureService(requests);
  resolvers.set(
    RightsResolver,
    new RightsResolver(
      requests,
      officeQueue,
      new StaffReadsService(dataSource, clock, vault),
      new AccessOverviewService(dataSource, clock, vault),
      erasure,
      new ObjectionDecisionService(requests),
    ),
  );
  resolvers.set(OfficeResolver, new OfficeResolver(officeQueue, erasure));
  const myRequests = new MyRequestsService(dataSource, requests);
  resolvers.set(
    MyRightsResolver,
    new MyRightsResolver(myRequests, new InformationReplyService(dataSource, clock, vault, requests)),
  );
  resolvers.set(SubscriptionsResolver, new SubscriptionsResolver(reading, myRequests, proofs));
  const registerImports = new RegisterImportService(dataSource, clock, jobs, vault);
  const campaignChecks = new CampaignCheckService(dataSource, clock, jobs, vault);
  jobs.handle('register-import', registerImports);
  jobs.handle('campaign-check', campaignChecks);
  jobs.handle('export-archive', exports);
  jobs.handle(
    'retention-sweep',
    retentionSweeps(dataSource, clock, logger, { visitorRetentionMonths: config.visitors.retentionMonths }),
  );
  await jobs.start();
  const callerOf = async (request: Request): Promise<Caller> => {
    const token = bearerToken(request.headers.authorization);
    return token && isApiKey(token) ? resolveSystem(dataSource, token) : sessions.resolve(token);
  };

  const app = express();
  app.disable('x-powered-by');
  // Answers are per person and never revalidated: hashing every body for an ETag is wasted work.
  app.disable('etag');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const schema = await buildGatewaySchema(resolvers);
  const validationRules = queryLimitRules(config.queryLimits);
  const formatError = createErrorFormatter({
    production: config.production,
    onUnexpected: options.onUnexpectedError ?? ((error) => logger.error({ err: error }, 'unexpected error')),
  });
  const topics = new LiveTopics();
  const subscriptions = serveSubscriptions({
    httpServer,
    schema,
    corsOrigins: config.corsOrigins,
    limits: config.subscriptions,
    validationRules,
    formatError,
    callerOf: (authorization, touching) => sessions.resolve(bearerToken(authorization), touching),
    live: new LiveSources(topics, proofs),
  });
  const liveFeed = new LiveFeed({
    dataSource,
    databaseUrl: options.databaseUrl,
    topics,
    onSessionsRevoked: (revoked) => subscriptions.endSessions(revoked),
    onError: (error) => logger.error({ err: error }, 'subscription feed failed'),
  });
  await liveFeed.start();

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    // No "Did you mean …?" either: with introspection off, suggestions would still spell the schema out.
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: { requestHeaders: preflightedHeaders },
    validationRules,
    formatError,
    // No HTTP caching of answers here (they are per person): skip the cache-control plugin's per-field work.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdown.graceMs }),
      // The WebSockets close with the HTTP server (Apollo's recipe for graphql-ws).
      {
        serverWillStart: async () => ({
          drainServer: async () => {
            await subscriptions.dispose();
            await liveFeed.stop();
          },
        }),
      },
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
  const routes = restRoutes({
    registers: registerImports,
    campaigns: campaignChecks,
    exports,
    ...(config.production ? {} : { devOutbox: { dataSource, vault } }),
  });
  app.use(restRouter(routes, callerOf));
  app.post(
    refreshRoutePath,
    sessionRefreshRoute({
      refresh: new SessionRefreshService(dataSource, clock, config, sessions),
      corsOrigins: config.corsOrigins,
      production: config.production,
    }),
  );
  app.use(
    '/graphql',
    // Room for 10,000 identifiers in one marketingDecisions call; files go to the upload routes.
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = await callerOf(req);
        if (caller.kind !== 'system') caller.globalPrivacyControl = req.headers['sec-gpc'] === '1';
        const logFields: OperationLogFields = {};
        res.locals.graphql = logFields;
        const sessionCookie = refreshCookieOf(req, res, config.production);
        return { caller, clientAddress: req.ip ?? 'unknown', logFields, sessionCookie };
      },
    }),
  );

  // Whatever no route took, and every failure of a REST route, answers JSON in GraphQL's error shape.
  app.use(unknownRoute);
  app.use(restErrors(formatError));

  await new Promise<void>((listening) => httpServer.listen(port, listening));
  const { port: boundPort } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${boundPort}`,
    stop: async () => {
      stopping = true;
      // Load balancers see 503 and take this instance out before it stops taking connections.
      await new Promise((delayed) => setTimeout(delayed, config.shutdown.delayMs));
      await checkpointer.stop();
      await Promise.all([
        // Closes the listener, then waits for the requests in flight (up to the grace period).
        apollo.stop(),
        // No new step starts; the one running here (an export being sealed, a chunk of a campaign
        // check) finishes, or is handed back to another gateway at the end of the grace period.
        jobs.stop(config.shutdown.graceMs),
      ]);
    },
    jobs,
    checkpointer,
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
