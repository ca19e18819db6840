import type { Dictionary } from '../i18n/dictionary.js';

/** The `extensions.code`s the dictionaries explain, plus NETWORK for a gateway that cannot be reached. */
export type ErrorCode = keyof Dictionary['errors'];

/** A refusal of the gateway (its `extensions.code`) or a failure to reach it. */
export class GatewayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

function isKnownCode(code: unknown, texts: Dictionary): code is ErrorCode {
  return typeof code === 'string' && code in texts.errors;
}

/** The error from a GraphQL answer's first error, its code kept as the gateway sent it when the dictionary knows it. */
export function gatewayErrorFrom(error: { message?: unknown; extensions?: Record<string, unknown> }): GatewayError {
  const { code, ...details } = error.extensions ?? {};
  const known = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  return new GatewayError(known as ErrorCode, String(error.message ?? known), details);
}

/** What to tell the person, in their language, about any failure. */
export function explain(error: unknown, texts: Dictionary): string {
  if (!(error instanceof GatewayError)) return texts.errors.INTERNAL_SERVER_ERROR;
  const base = isKnownCode(error.code, texts) ? texts.errors[error.code] : texts.errors.INTERNAL_SERVER_ERROR;
  const { attemptsLeft, retryAfterSeconds } = error.details;
  if (error.code === 'CODE_INVALID' && typeof attemptsLeft === 'number' && attemptsLeft > 0) {
    return `${base} ${texts.attemptsLeft(attemptsLeft)}`;
  }
  if (error.code === 'RATE_LIMITED' && typeof retryAfterSeconds === 'number') {
    return texts.retryAfter(retryAfterSeconds);
  }
  return base;
}
