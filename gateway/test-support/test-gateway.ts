import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { type GatewayConfig, loadConfig } from '../src/common/config.js';
import { createLogger } from '../src/common/logger.js';
import { gatewayDataSource } from '../src/data-source.js';
import { ensureDatabase } from '../src/database/data-source.js';
import type { DatabaseUrls } from '../src/database/database-urls.js';
import { PersonalDataVault } from '../src/database/personal-data-vault.js';
import { createDevOutboxSender } from '../src/messaging/message-sender.js';
import { newLedgerSigningKeyPem } from '../src/preferences/checkpoint-signing-key.js';
import type { Checkpointer } from '../src/preferences/checkpointer.js';
import { Relay } from '../src/propagation/relay.js';
import { startGateway } from '../src/server/create-gateway.js';
import { JobGate } from './job-gate.js';
import { ManualClock } from './manual-clock.js';
import './provided-context.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface OutboxMessage {
  channel: 'sms' | 'email';
  from: string;
  to: string;
  subject?: string;
  body: string;
  sentAt: string;
}

export interface TestGateway {
  url: string;
  /** The logins of its database: pass the gateway as `sameDatabaseAs` to start another instance on it. */
  database: DatabaseUrls;
  clock: ManualClock;
  dataSource: DataSource;
  config: GatewayConfig;
  /** The gateway's keys: to look people up by blind index, or create one through the product's code. */
  vault: PersonalDataVault;
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
  outbox(): Promise<OutboxMessage[]>;
  /** Runs SQL as the database owner, not as the gateway's login: to tamper with rows behind the product's back. */
  ownerQuery<Row = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<Row[]>;
  /** The id of a demo person, or of the line with this number. */
  idOf(emailOrNumber: string): Promise<string>;
  /** Resolves when no background job of this database is queued or running (rejects while they are held). */
  idle(): Promise<void>;
  /**
   * Test only: `hold()` keeps background job steps from starting (a job stays queued or part-way,
   * as GraphQL shows it), `release()` lets them go; `idle()` as above.
   */
  jobs: { hold(): void; release(): void; idle(): Promise<void> };
  /** The relay, not started: tests run its passes one by one with `runOnce()`. */
  relay: Relay;
  /** The ledger's checkpointer, not started: tests sign checkpoints with `runOnce()`. */
  checkpointer: Checkpointer;
  /** Makes a relay as another gateway instance would have (to kill one and start another). */
  newRelay(options?: { timeoutMs?: number; pollIntervalMs?: number }): Relay;
  /** Signs a demo person in through the public mutations and returns the access token. */
  signIn(email: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real gateway over HTTP on a fresh copy of the demo database, with a clock the test moves.
 * Errors the gateway did not expect fail the test instead of being printed.
 */
export async function startTestGateway(
  overrides: Partial<GatewayConfig> = {},
  options: { sameDatabaseAs?: TestGateway; logTo?: DestinationStream } = {},
): Promise<TestGateway> {
  // Another instance on the same database, as a second gateway of one deployment would be.
  const database =
    options.sameDatabaseAs?.database ??
    (await ensureDatabase(
      inject('databaseServer'),
      `test_${randomBytes(6).toString('hex')}`,
      inject('templateDatabase'),
    ));
  const dataSource = gatewayDataSource(database.application);
  await dataSource.initialize();
  const clock = new ManualClock();
  const defaults = loadConfig({ NODE_ENV: 'test' });
  // Tests sign in far more often from one address than a person does; the limit has its own test.
  const lifted = { ...defaults.signIn, hashingPerAddressPerMinute: 1_000, hashingPerSecond: 1_000 };
  // Every test gateway signs with a key of its own, as a fresh deployment would.
  const signingKey = { pem: newLedgerSigningKeyPem() };
  const config = {
    ...defaults,
    signIn: lifted,
    ledgerCheckpoints: { ...defaults.ledgerCheckpoints, signingKey },
    // As PASSKEY_ORIGINS does when unset: passkeys may be used from the pages allowed to call the gateway.
    passkeys: { ...defaults.passkeys, origins: overrides.corsOrigins ?? defaults.passkeys.origins },
    ...overrides,
  };
  const vault = new PersonalDataVault(config.dataProtection);
  // Quiet unless a test reads the log.
  const logger = createLogger({
    production: false,
    destination: options.logTo,
    level: options.logTo ? 'info' : 'silent',
  });
  const unexpected: unknown[] = [];
  const gate = new JobGate();
  const gateway = await startGateway(
    {
      dataSource,
      databaseUrl: database.application,
      config,
      clock,
      onUnexpectedError: (e) => unexpected.push(e),
      logger,
      beforeJobStep: gate.beforeStep,
    },
    0,
  );
  const idle = async () => {
    if (gate.held) throw new Error('The background jobs are held: release() them before waiting for them');
    await gateway.jobs.idle();
  };

  const graphql: TestGateway['graphql'] = async (query, variables = {}, options = {}) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    if (unexpected.length > 0) throw new Error(`The gateway failed unexpectedly: ${String(unexpected[0])}`);
    return { ...body, status: response.status } as GraphQLResponse<never>;
  };

  const outbox = async () => (await (await fetch(`${gateway.url}/dev/outbox`)).json()) as OutboxMessage[];

  const signIn = async (email: string, password = 'Privacy2026') => {
    const started = await graphql<{ startSignIn: { challengeId: string } }>(
      'mutation($email: String!, $password: String!) { startSignIn(email: $email, password: $password) { challengeId } }',
      { email, password },
    );
    if (!started.data) throw new Error(`startSignIn failed: ${JSON.stringify(started.errors)}`);
    const code = latestCode(await outbox());
    const completed = await graphql<{ completeSignIn: { accessToken: string } }>(
      'mutation($id: ID!, $code: String!) { completeSignIn(challengeId: $id, code: $code) { accessToken } }',
      { id: started.data.startSignIn.challengeId, code },
    );
    if (!completed.data) throw new Error(`completeSignIn failed: ${JSON.stringify(completed.errors)}`);
    return completed.data.completeSignIn.accessToken;
  };

  const ownerQuery = async <Row>(sql: string, parameters: unknown[] = []) => {
    const client = new pg.Client({ connectionString: database.owner });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows as Row[];
    } finally {
      await client.end();
    }
  };

  const idOf = async (emailOrNumber: string) => {
    const [row] = await dataSource.query<{ id: string }[]>(
      emailOrNumber.includes('@')
        ? 'SELECT id FROM person WHERE email_index = $1'
        : 'SELECT id FROM subscription WHERE phone_number = $1',
      [emailOrNumber.includes('@') ? vault.index(emailOrNumber) : emailOrNumber],
    );
    if (!row) throw new Error(`No demo person or line ${emailOrNumber}`);
    return row.id;
  };

  const newRelay = (options: { timeoutMs?: number; pollIntervalMs?: number } = {}) =>
    new Relay({
      dataSource,
      databaseUrl: database.application,
      clock,
      gatewaySecret: config.secret,
      officeAlerts: { messages: createDevOutboxSender(dataSource, clock, vault), to: 'dpo@example.com' },
      ...options,
    });

  return {
    url: gateway.url,
    database,
    relay: newRelay(),
    checkpointer: gateway.checkpointer,
    idle,
    jobs: { hold: () => gate.hold(), release: () => gate.release(), idle },
    newRelay,
    clock,
    dataSource,
    config,
    vault,
    graphql,
    outbox,
    ownerQuery,
    idOf,
    signIn,
    stop: async () => {
      // A test that failed while holding jobs must not keep the shutdown waiting for them.
      gate.release();
      await gateway.stop();
      await dataSource.destroy();
    },
  };
}

/** The 6-digit code of the newest SMS in the outbox. */
export function latestCode(messages: OutboxMessage[]): string {
  const sms = messages.find((message) => message.channel === 'sms');
  const code = sms?.body.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error('No SMS with a code in the outbox');
  return code;
}
