import { fileURLToPath } from 'node:url';
import { type DataProtectionKeys, loadDataProtectionKeys } from './data-protection-keys.js';

/** Every setting of the gateway, read once from the environment; the defaults are the operator's published rules. */
export interface GatewayConfig {
  production: boolean;
  port: number;
  /** Origins of host pages allowed to call the gateway from a browser. */
  corsOrigins: string[];
  /** Keys the hashes of sign-in codes; shared by every gateway instance. */
  secret: string;
  /** Where links in e-mails point (the password-reset page of the host site). */
  publicSiteUrl: string;
  /** In production, the operator's messaging platform that sends SMS and e-mails (one JSON POST each). */
  messagingUrl: string | null;
  /** Whether this gateway runs the built-in webhook relay; off when Debezium streams the outbox instead. */
  relayEnabled: boolean;
  /** Where the relay tells the office that a webhook endpoint was disabled (410 Gone); none: only GraphQL shows it. */
  officeAlertEmail: string | null;
  /** Personal data at rest: the key-encryption key of the per-person data keys, and the blind-index key. */
  dataProtection: DataProtectionKeys;
  signIn: {
    codeValidityMs: number;
    wrongCodesPerChallenge: number;
    failuresBeforeAccountLock: number;
    accountLockMs: number;
    smsPerNumberPerHour: number;
    /** Anonymous requests that cost an argon2id hash (startSignIn, resetPassword), per client address per minute. */
    hashingPerAddressPerMinute: number;
    /** The same, across every address and gateway, per second. */
    hashingPerSecond: number;
    passwordResetValidityMs: number;
    recoverySessionMs: number;
  };
  sessions: {
    idleTimeoutMs: number;
    absoluteTimeoutMs: number;
  };
  shutdown: {
    /** From SIGTERM until the listener closes: readiness answers 503 meanwhile. */
    delayMs: number;
    /** How long requests in flight may take to finish once the listener closed. */
    graceMs: number;
  };
  queryLimits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
  };
  ledgerCheckpoints: {
    /** Seconds between signed checkpoints of the ledger; one is signed only when the ledger moved. */
    intervalSeconds: number;
    /** Where the Ed25519 private key comes from: never the database, so that its owner cannot sign. */
    signingKey: LedgerSigningKeySource;
  };
}

/** A PEM in the environment, a file, or (outside production) a key generated once into the git-ignored .data folder. */
export type LedgerSigningKeySource = { pem: string } | { file: string } | { developmentFile: string };

const minute = 60_000;
const developmentSecret = 'development-only-secret-never-use-in-production';

function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

function messagingUrl(env: NodeJS.ProcessEnv, production: boolean): string | null {
  if (env.MESSAGING_URL) return env.MESSAGING_URL;
  if (production) throw new Error('MESSAGING_URL must be set in production: sign-in codes have to reach people');
  return null;
}

function ledgerSigningKey(env: NodeJS.ProcessEnv, production: boolean): LedgerSigningKeySource {
  if (env.LEDGER_SIGNING_KEY) return { pem: env.LEDGER_SIGNING_KEY };
  if (env.LEDGER_SIGNING_KEY_FILE) return { file: env.LEDGER_SIGNING_KEY_FILE };
  if (production) {
    throw new Error('LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE must be set in production: checkpoints are signed');
  }
  return { developmentFile: fileURLToPath(new URL('../../../.data/ledger-signing-key.pem', import.meta.url)) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.GATEWAY_SECRET ?? (production ? undefined : developmentSecret);
  if (!secret || secret.length < 32) {
    throw new Error('GATEWAY_SECRET must be set to at least 32 characters in production');
  }
  return {
    production,
    port: numberSetting(env, 'PORT', 4000),
    corsOrigins: (env.CORS_ORIGINS ?? 'http://localhost:4100')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    secret,
    publicSiteUrl: env.PUBLIC_SITE_URL ?? 'http://localhost:4100',
    messagingUrl: messagingUrl(env, production),
    relayEnabled: env.RELAY_ENABLED !== 'false',
    officeAlertEmail: env.OFFICE_ALERT_EMAIL || (production ? null : 'dpo@example.com'),
    dataProtection: loadDataProtectionKeys(
      env,
      production ? 'production' : env.NODE_ENV === 'test' || env.NODE_ENV === 'benchmark' ? 'test' : 'development',
    ),
    signIn: {
      codeValidityMs: numberSetting(env, 'SIGN_IN_CODE_VALIDITY_MINUTES', 15) * minute,
      wrongCodesPerChallenge: numberSetting(env, 'SIGN_IN_WRONG_CODES_PER_CHALLENGE', 5),
      failuresBeforeAccountLock: numberSetting(env, 'SIGN_IN_FAILURES_BEFORE_LOCK', 20),
      accountLockMs: numberSetting(env, 'SIGN_IN_LOCK_MINUTES', 30) * minute,
      smsPerNumberPerHour: numberSetting(env, 'SIGN_IN_SMS_PER_NUMBER_PER_HOUR', 5),
      hashingPerAddressPerMinute: numberSetting(env, 'SIGN_IN_HASHING_PER_ADDRESS_PER_MINUTE', 30),
      hashingPerSecond: numberSetting(env, 'SIGN_IN_HASHING_PER_SECOND', 50),
      passwordResetValidityMs: numberSetting(env, 'PASSWORD_RESET_VALIDITY_MINUTES', 60) * minute,
      recoverySessionMs: 15 * minute,
    },
    sessions: {
      idleTimeoutMs: numberSetting(env, 'SESSION_IDLE_MINUTES', 30) * minute,
      absoluteTimeoutMs: numberSetting(env, 'SESSION_ABSOLUTE_HOURS', 24) * 60 * minute,
    },
    shutdown: {
      delayMs: numberSetting(env, 'SHUTDOWN_DELAY_SECONDS', production ? 5 : 0) * 1_000,
      graceMs: numberSetting(env, 'SHUTDOWN_GRACE_SECONDS', 20) * 1_000,
    },
    queryLimits: {
      maxDepth: numberSetting(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxAliases: numberSetting(env, 'GRAPHQL_MAX_ALIASES', 15),
      maxCost: numberSetting(env, 'GRAPHQL_MAX_COST', 5000),
    },
    ledgerCheckpoints: {
      intervalSeconds: numberSetting(env, 'LEDGER_CHECKPOINT_SECONDS', 10),
      signingKey: ledgerSigningKey(env, production),
    },
  };
}
