import { z } from 'zod';

/** An unset and an empty variable both mean "the default". */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

function whole(fallback: number, min: number, max: number) {
  return z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .refine((value) => Number.isInteger(value) && value >= min && value <= max, {
        error: `must be a whole number from ${min} to ${max}`,
      })
      .default(fallback),
  );
}

const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** A comma-separated list of origins, each exactly `scheme://host[:port]`. */
function parseOrigins(list: string, context: z.RefinementCtx): string[] {
  return list
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .filter((origin) => {
      const valid = URL.canParse(origin) && new URL(origin).origin === origin;
      if (!valid)
        context.addIssue({
          code: 'custom',
          message: `"${origin}" is not an origin such as https://www.proximus.be`,
        });
      return valid;
    });
}

const origins = z.preprocess(unsetIfEmpty, z.string().default('http://localhost:4100').transform(parseOrigins));
const optionalOrigins = z.preprocess(unsetIfEmpty, z.string().transform(parseOrigins).optional());

/** A domain name such as `proximus.be` (a WebAuthn relying party id: no scheme, port or path). */
const domainName = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/, {
      error: 'must be a domain name such as proximus.be (no scheme, port or path)',
    })
    .optional(),
);

/**
 * Every environment variable the gateway reads, with its range: one schema, so a wrong
 * deployment hears of every mistake at once instead of one per restart.
 */
export const settingsSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: whole(4000, 1, 65_535),
  CORS_ORIGINS: origins,
  GATEWAY_SECRET: z.preprocess(unsetIfEmpty, z.string().min(32, 'must have at least 32 characters').optional()),
  PUBLIC_SITE_URL: z.preprocess(unsetIfEmpty, webUrl.default('http://localhost:4100')),
  MESSAGING_URL: z.preprocess(unsetIfEmpty, webUrl.optional()),
  OFFICE_ALERT_EMAIL: z.preprocess(unsetIfEmpty, z.email('must be an e-mail address').optional()),
  RELAY_ENABLED: z.preprocess(unsetIfEmpty, z.enum(['true', 'false'], 'must be true or false').default('true')),
  SIGN_IN_CODE_VALIDITY_MINUTES: whole(15, 1, 60),
  SIGN_IN_WRONG_CODES_PER_CHALLENGE: whole(5, 1, 20),
  SIGN_IN_FAILURES_BEFORE_LOCK: whole(20, 1, 1_000_000),
  SIGN_IN_LOCK_MINUTES: whole(30, 1, 1_440),
  SIGN_IN_SMS_PER_NUMBER_PER_HOUR: whole(5, 1, 1_000_000),
  SIGN_IN_HASHING_PER_ADDRESS_PER_MINUTE: whole(30, 1, 1_000_000),
  SIGN_IN_HASHING_PER_SECOND: whole(50, 1, 1_000_000),
  PASSWORD_RESET_VALIDITY_MINUTES: whole(60, 5, 1_440),
  SESSION_IDLE_MINUTES: whole(30, 1, 1_440),
  SESSION_ABSOLUTE_HOURS: whole(24, 1, 720),
  SESSION_REFRESH_GRACE_SECONDS: whole(10, 0, 60),
  SHUTDOWN_DELAY_SECONDS: z.preprocess(unsetIfEmpty, whole(0, 0, 300).optional()),
  SHUTDOWN_GRACE_SECONDS: whole(20, 0, 600),
  GRAPHQL_MAX_DEPTH: whole(10, 1, 50),
  GRAPHQL_MAX_ALIASES: whole(15, 0, 1_000),
  GRAPHQL_MAX_COST: whole(5000, 1, 1_000_000),
  SUBSCRIPTIONS_PER_CONNECTION: whole(10, 1, 100),
  SUBSCRIPTION_SESSION_CHECK_SECONDS: whole(60, 1, 3_600),
  LEDGER_CHECKPOINT_SECONDS: whole(10, 0, 86_400),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(unsetIfEmpty, webUrl.optional()),
  JOB_STEP_TIMEOUT_SECONDS: whole(300, 1, 3_600),
  JOB_ATTEMPTS: whole(3, 1, 20),
  COOKIE_CONSENT_VALIDITY_MONTHS: whole(6, 1, 13),
  VISITOR_RETENTION_MONTHS: whole(12, 1, 60),
  VISITOR_CHOICES_PER_ADDRESS_PER_MINUTE: whole(60, 1, 1_000_000),
  PASSKEY_RP_ID: domainName,
  PASSKEY_RP_NAME: z.preprocess(
    unsetIfEmpty,
    z.string().max(64, 'must have at most 64 characters').default('Proximus'),
  ),
  PASSKEY_ORIGINS: optionalOrigins,
  PASSKEY_CHALLENGE_SECONDS: whole(300, 30, 600),
  LOG_LEVEL: z.preprocess(
    unsetIfEmpty,
    z
      .enum(
        ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
        'must be one of fatal, error, warn, info, debug, trace, silent',
      )
      .default('info'),
  ),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The settings of `env`, or every problem found, one per line. */
export function readSettings(env: NodeJS.ProcessEnv): { settings: Settings; problems: string[] } {
  const parsed = settingsSchema.safeParse(env);
  if (parsed.success) return { settings: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'settings');
    const given = env[name];
    return `${name} ${issue.message}${given !== undefined ? ` (given: "${given}")` : ''}`;
  });
  return { settings: settingsSchema.parse({}), problems };
}
