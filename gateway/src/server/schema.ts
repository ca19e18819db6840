import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type ContainerType, getMetadataStorage } from 'type-graphql';
import { AccountRecoveryResolver, PasskeysResolver, SignInResolver } from '../authentication/index.js';
import { authChecker } from '../common/access.js';
import { IdentityResolver } from '../identity/index.js';
import { MarketingResolver } from '../marketing/index.js';
import { CheckpointsResolver, PreferencesResolver } from '../preferences/index.js';
import { PropagationResolver } from '../propagation/index.js';
import { PurposesResolver } from '../purposes/index.js';
import { MyRightsResolver, OfficeResolver, RightsResolver } from '../rights/index.js';
import { CookieConsentResolver } from '../visitors/index.js';
import { validateArgument } from './argument-validation.js';
import { LiveTopics } from './live-topics.js';
import { SubscriptionsResolver } from './subscriptions.resolver.js';

export const resolverClasses = [
  SignInResolver,
  AccountRecoveryResolver,
  IdentityResolver,
  PurposesResolver,
  PreferencesResolver,
  CheckpointsResolver,
  PropagationResolver,
  MarketingResolver,
  RightsResolver,
  SubscriptionsResolver,
  OfficeResolver,
  PasskeysResolver,
  MyRightsResolver,
  CookieConsentResolver,
] as const;

type ResolverClass = (typeof resolverClasses)[number];
export type ResolverInstances = Map<ResolverClass, InstanceType<ResolverClass>>;

/** The schema; resolvers come ready-made from the composition root, so services are plain constructor arguments. */
export async function buildGatewaySchema(resolvers?: ResolverInstances): Promise<GraphQLSchema> {
  const container: ContainerType | undefined = resolvers && {
    get: (resolverClass: ResolverClass) => resolvers.get(resolverClass),
  };
  const schema = await buildSchema({
    resolvers: resolverClasses,
    container,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // type-graphql wants one; each subscription names its own source (server/live-sources.ts), so it stays idle.
    pubSub: new LiveTopics(),
  });
  documentAccess(schema);
  describeRoots(schema);
  return schema;
}

/** Writes each root field's `@Authorized` roles into its description, so the SDL tells clients who may call it. */
function documentAccess(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const declared = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
  for (const rootType of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(rootType?.getFields() ?? {})) {
      const roles = declared.find((resolver) => resolver.schemaName === field.name)?.roles ?? [];
      field.description = [field.description, `Who may call: ${roles.join(', ') || 'nobody'}.`]
        .filter(Boolean)
        .join('\n\n');
    }
  }
}

function describeRoots(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = 'Reads. Send them as POST, or as GET with a header a browser would preflight.';
  if (mutation) mutation.description = 'Changes. POST only: a mutation sent with GET is refused with 405.';
  if (subscription) {
    subscription.description =
      'Live answers over a WebSocket (graphql-transport-ws on `/graphql`): each message is the whole current state.';
  }
}
