import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type ContainerType } from 'type-graphql';
import { AccountRecoveryResolver } from '../authentication/account-recovery.resolver.js';
import { SignInResolver } from '../authentication/sign-in.resolver.js';
import { authChecker } from '../common/access.js';
import { IdentityResolver } from '../identity/identity.resolver.js';

export const resolverClasses = [SignInResolver, AccountRecoveryResolver, IdentityResolver] as const;

type ResolverClass = (typeof resolverClasses)[number];
export type ResolverInstances = Map<ResolverClass, InstanceType<ResolverClass>>;

/** The schema; resolvers come ready-made from the composition root, so services are plain constructor arguments. */
export function buildGatewaySchema(resolvers?: ResolverInstances): Promise<GraphQLSchema> {
  const container: ContainerType | undefined = resolvers && {
    get: (resolverClass: ResolverClass) => resolvers.get(resolverClass),
  };
  return buildSchema({
    resolvers: resolverClasses,
    container,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
}
