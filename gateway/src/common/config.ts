import { fileURLToPath } from 'node:url';
import { type DataProtectionKeys, loadDataProtectionKeys } from './data-protection-keys.js';
import { readSettings, type Settings } from './settings.js';

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
  /** pino's level of the logs. */
  logLevel: string;
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
    /**
     * A refresh credential presented again this soon after it was exchanged is a race between two
     * tabs, answered CONFLICT; later, it is reuse, and ends the whole session family (decision 22).
     */
    refreshGraceMs: number;
  };
  passkeys: {
    /** The WebAuthn relying party id: the operator's site domain; a passkey works only on it and its subdomains. */
    relyingPartyId: string;
    /** The name authenticators show beside the passkey. */
    relyingPartyName: string;
    /** The pages' origins a passkey ceremony may come from (the host sites of the widgets). */
    origins: string[];
    /** How long a registration or sign-in challenge may be answered. */
    challengeValidityMs: number;
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
  subscriptions: {
    /** GraphQL subscriptions one WebSocket may hold at once. */
    maxPerConnection: number;
    /** How often an open WebSocket checks that its session has not expired (a revocation closes it at once). */
    sessionCheckMs: number;
  };
  ledgerCheckpoints: {
    /** Seconds between signed checkpoints of the ledger; one is signed only when the ledger moved. */
    intervalSeconds: number;
    /** Where the Ed25519 private key comes from: never the database, so that its owner cannot sign. */
    signingKey: LedgerSigningKeySource;
  };
  jobs: {
    /** A job step running longer is taken as lost with its gateway and tried again, by any gateway. */
    stepTimeoutSeconds: number;
    /** Tries of one step before its job fails visibly (status failed, with the reason). */
    attempts: number;
  };
  visitors: {
    /** A visitor's cookie choice is asked again this many months after it was made (or sooner, on a new text). */
    consentValidityMonths: number;
    /** A visitor's records (not the pseudonymous ledger) are swept this many months after their last choice. */
    retentionMonths: number;
    /** Anonymous cookie choices per client address per minute. */
    choicesPerAddressPerMinute: number;
  };
}

/** A PEM in the environment, a file, or (outside production) a key generated once into the git-ignored .data folder. */
export type LedgerSigningKeySource = { pem: string } | { file: string } | { developmentFile: string };

const minute = 60_000;
const developmentSecret = 'development-only-secret-never-use-in-production';

/** Every wrong or missing setting, each on its own line. */
export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} wrong:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'InvalidSettingsError';
  }
}

function ledgerSigningKey(env: NodeJS.ProcessEnv, production: boolean): LedgerSigningKeySource {
  if (env.LEDGER_SIGNING_KEY) return { pem: env.LEDGER_SIGNING_KEY };
  if (env.LEDGER_SIGNING_KEY_FILE) return { file: env.LEDGER_SIGNING_KEY_FILE };
  if (production) {
    throw new Error('LEDGER_SIGNING_KEY or LEDGER_SIGNING_KEY_FILE must be set in production: checkpoints are signed');
  }
  return { developmentFile: fileURLToPath(new URL('../../../.data/ledger-signing-key.pem', import.meta.url)) };
}

/** Runs a loader of its own rules (keys, files), noting its problem instead of stopping at it. */
function collected<T>(problems: string[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/**
 * By default passkeys belong to the site of the e-mailed links and may be used from the pages allowed
 * to call the gateway; a browser refuses a relying party id that is not the page's domain or one of
 * its parents, so a mismatch is caught here rather than by every person's first ceremony.
 */
function passkeySettings(settings: Settings): { settings: GatewayConfig['passkeys']; problems: string[] } {
  const relyingPartyId = settings.PASSKEY_RP_ID ?? new URL(settings.PUBLIC_SITE_URL).hostname;
  const origins = settings.PASSKEY_ORIGINS ?? settings.CORS_ORIGINS;
  const problems = origins
    .filter((origin) => {
      const host = new URL(origin).hostname;
      return host !== relyingPartyId && !host.endsWith(`.${relyingPartyId}`);
    })
    .map((origin) => `PASSKEY_ORIGINS: ${origin} is not on the relying party id ${relyingPartyId} (PASSKEY_RP_ID)`);
  return {
    settings: {
      relyingPartyId,
      relyingPartyName: settings.PASSKEY_RP_NAME,
      origins,
      challengeValidityMs: settings.PASSKEY_CHALLENGE_SECONDS * 1_000,
    },
    problems,
  };
}

/** The settings of `env`; InvalidSettingsError names every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const { settings, problems } = readSettings(env);
  if (production && !settings.GATEWAY_SECRET)
    problems.push('GATEWAY_SECRET must be set in production (32+ characters)');
  if (production && !settings.MESSAGING_URL) {
    problems.push('MESSAGING_URL must be set in production: sign-in codes have to reach people');
  }
  const dataProtection = collected(problems, () =>
    loadDataProtectionKeys(
      env,
      production ? 'production' : env.NODE_ENV === 'test' || env.NODE_ENV === 'benchmark' ? 'test' : 'development',
    ),
  );
  const signingKey = collected(problems, () => ledgerSigningKey(env, production));
  const passkeys = passkeySettings(settings);
  problems.push(...passkeys.problems);
  if (problems.length > 0 || !dataProtection || !signingKey) throw new InvalidSettingsError(problems);
  return {
    production,
    port: settings.PORT,
    corsOrigins: settings.CORS_ORIGINS,
    secret: settings.GATEWAY_SECRET ?? developmentSecret,
    publicSiteUrl: settings.PUBLIC_SITE_URL,
    messagingUrl: settings.MESSAGING_URL ?? null,
    relayEnabled: settings.RELAY_ENABLED === 'true',
    logLevel: settings.LOG_LEVEL,
    officeAlertEmail: settings.OFFICE_ALERT_EMAIL ?? (production ? null : 'dpo@example.com'),
    dataProtection,
    signIn: {
      codeValidityMs: settings.SIGN_IN_CODE_VALIDITY_MINUTES * minute,
      wrongCodesPerChallenge: settings.SIGN_IN_WRONG_CODES_PER_CHALLENGE,
      failuresBeforeAccountLock: settings.SIGN_IN_FAILURES_BEFORE_LOCK,
      accountLockMs: settings.SIGN_IN_LOCK_MINUTES * minute,
      smsPerNumberPerHour: settings.SIGN_IN_SMS_PER_NUMBER_PER_HOUR,
      hashingPerAddressPerMinute: settings.SIGN_IN_HASHING_PER_ADDRESS_PER_MINUTE,
      hashingPerSecond: settings.SIGN_IN_HASHING_PER_SECOND,
      passwordResetValidityMs: settings.PASSWORD_RESET_VALIDITY_MINUTES * minute,
      recoverySessionMs: 15 * minute,
    },
    sessions: {
      idleTimeoutMs: settings.SESSION_IDLE_MINUTES * minute,
      absoluteTimeoutMs: settings.SESSION_ABSOLUTE_HOURS * 60 * minute,
      refreshGraceMs: settings.SESSION_REFRESH_GRACE_SECONDS * 1000,
    },
    passkeys: passkeys.settings,
    shutdown: {
      delayMs: (settings.SHUTDOWN_DELAY_SECONDS ?? (production ? 5 : 0)) * 1_000,
      graceMs: settings.SHUTDOWN_GRACE_SECONDS * 1_000,
    },
    queryLimits: {
      maxDepth: settings.GRAPHQL_MAX_DEPTH,
      maxAliases: settings.GRAPHQL_MAX_ALIASES,
      maxCost: settings.GRAPHQL_MAX_COST,
    },
    subscriptions: {
      maxPerConnection: settings.SUBSCRIPTIONS_PER_CONNECTION,
      sessionCheckMs: settings.SUBSCRIPTION_SESSION_CHECK_SECONDS * 1_000,
    },
    ledgerCheckpoints: {
      intervalSeconds: settings.LEDGER_CHECKPOINT_SECONDS,
      signingKey,
    },
    jobs: {
      stepTimeoutSeconds: settings.JOB_STEP_TIMEOUT_SECONDS,
      attempts: settings.JOB_ATTEMPTS,
    },
    visitors: {
      consentValidityMonths: settings.COOKIE_CONSENT_VALIDITY_MONTHS,
      retentionMonths: settings.VISITOR_RETENTION_MONTHS,
      choicesPerAddressPerMinute: settings.VISITOR_CHOICES_PER_ADDRESS_PER_MINUTE,
    },
  };
}
