import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import type { GatewayConfig } from '../common/config.js';

/** Depth, alias and cost limits, checked before execution so an expensive query costs nothing. */
export function queryLimitRules(limits: GatewayConfig['queryLimits']): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, exposeLimits: true }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }),
    costLimitRule({ maxCost: limits.maxCost, exposeLimits: true }),
  ] as ValidationRule[];
}
