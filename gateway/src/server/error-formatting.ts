import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../common/errors.js';

/**
 * The one boundary where errors become `extensions.code`. Domain errors keep their code and
 * safe details; GraphQL's own errors (parse, validation, variables) keep theirs; anything
 * else is masked, so a bug never leaks SQL, paths or stack traces to a client.
 */
export function createErrorFormatter(options: { production: boolean; onUnexpected: (error: unknown) => void }) {
  const format = formatterOf(options);
  // The formatter itself must never fail: that would turn a refusal into a 500.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      return format(formatted, error);
    } catch (failure) {
      options.onUnexpected(failure);
      return { message: maskedMessage, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  };
}

const maskedMessage = 'Something went wrong on our side. Try again later.';

/** class-validator's errors, nested ones included, as sentences. */
function constraintsOf(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: { constraints?: Record<string, string>; children?: unknown }) => [
    ...Object.values(error?.constraints ?? {}),
    ...constraintsOf(error?.children),
  ]);
}

function formatterOf(options: { production: boolean; onUnexpected: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const location = { locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return { message: original.message, ...location, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = constraintsOf(original.extensions.validationErrors);
      return {
        message: `Invalid input: ${problems.join('; ')}`,
        ...location,
        extensions: { code: 'BAD_USER_INPUT', problems },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      if (!options.production) return formatted;
      const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.onUnexpected(original);
    return {
      message: maskedMessage,
      ...location,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
