import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../common/errors.js';

type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The REST routes' one error handler. It answers in GraphQL's shape,
 * `{ errors: [{ message, extensions: { code } }] }`, through GraphQL's own formatter: the same
 * codes, the same masking of anything unexpected, never a stack trace or Express's HTML page.
 */
export function restErrors(format: ErrorFormatter) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const unreadable = unreadableRequest(error);
    const { message, extensions } = format({ message: '' }, unreadable?.error ?? error);
    const code = String(extensions?.code);
    response.status(unreadable?.status ?? statusOf[code] ?? 400).json({ errors: [{ message, extensions }] });
  };
}

/** No route here: NOT_FOUND in the same shape. */
export function unknownRoute(_request: Request, _response: Response, next: NextFunction): void {
  next(new DomainError('NOT_FOUND', 'No such route.'));
}

/** Express's own refusals of a request it cannot read (a body too large, a charset it does not know). */
function unreadableRequest(error: unknown): { error: DomainError; status: number } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, expose, message } = error as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499 || expose !== true) return null;
  return { error: new DomainError('BAD_USER_INPUT', String(message)), status };
}
