import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * Where anything could carry personal data, the logs say "[redacted]": credentials in headers,
 * and the parameters TypeORM attaches to a failed query (they hold what the person typed).
 */
const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'err.parameters',
  'err.driverError.parameters',
  'err.query',
  'err.driverError.detail',
  // A statement sent straight to pg (a prepared one) fails with pg's own error.
  'err.detail',
];

/**
 * The one logger of a gateway process: JSON lines in production (and whenever output is not a
 * terminal), readable lines in development.
 */
export function createLogger(options: {
  production: boolean;
  destination?: DestinationStream;
  level?: string;
}): Logger {
  const pretty = !options.production && !options.destination && process.stdout.isTTY;
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      base: { service: 'privacy-gateway' },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
    options.destination,
  );
}
