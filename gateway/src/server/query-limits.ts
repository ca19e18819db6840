import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { GatewayConfig } from '../common/config.js';

/**
 * Depth, alias and cost limits, checked before execution so an expensive query costs nothing.
 * A refusal is reported as a validation error (GRAPHQL_VALIDATION_FAILED), not thrown: thrown,
 * Apollo would take it for a crash.
 */
export function queryLimitRules(limits: GatewayConfig['queryLimits']): ValidationRule[] {
  const refusal = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ...refusal }),
    // Every alias counts: the library's default lets any number of `__typename` aliases through.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...refusal }),
    costLimitRule({ maxCost: limits.maxCost, ...refusal }),
  ] as ValidationRule[];
}
