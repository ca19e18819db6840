import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { Access } from '../common/access.js';
import { buildGatewaySchema } from './schema.js';

let schema: GraphQLSchema;
let gateway: TestGateway;

beforeAll(async () => {
  schema = await buildGatewaySchema();
  gateway = await startTestGateway();
});
afterAll(() => gateway.stop());

function rootFields(): { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
    operation: 'query' as const,
    field,
  }));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    operation: 'mutation' as const,
    field,
  }));
  return [...query, ...mutation];
}

function declaredAccess(operation: 'query' | 'mutation', name: string): string[] | undefined {
  const storage = getMetadataStorage();
  const resolvers = operation === 'query' ? storage.queries : storage.mutations;
  return resolvers.find((resolver) => resolver.schemaName === name)?.roles as string[] | undefined;
}

/** A syntactically valid value for any input type, so a call reaches the authorization check. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sampleValue(field.type)]));
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = {
      ID: '00000000-0000-4000-8000-000000000000',
      String: 'x',
      Int: 1,
      Float: 1,
      Boolean: true,
      DateTime: '2026-01-01T00:00:00Z',
      JSONObject: {},
    };
    return samples[type.name];
  }
  throw new Error(`No sample for ${String(type)}`);
}

function anonymousCall(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = Object.fromEntries(field.args.map((arg: GraphQLArgument) => [arg.name, sampleValue(arg.type)]));
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentsList = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${operation}${declarations ? `(${declarations})` : ''} { ${field.name}${argumentsList ? `(${argumentsList})` : ''}${selection} }`;
  return gateway.graphql(query, variables);
}

describe('authorization is declared on every root field', () => {
  it('finds a declaration of who may call each query and mutation', () => {
    const undeclared = rootFields()
      .filter(({ operation, field }) => !declaredAccess(operation, field.name)?.length)
      .map(({ field }) => field.name);
    expect(undeclared).toEqual([]);
  });

  it('refuses every field not open to anyone when called without a session', async () => {
    const guarded = rootFields().filter(
      ({ operation, field }) => !declaredAccess(operation, field.name)?.includes(Access.Anyone),
    );
    expect(guarded.length).toBeGreaterThan(0);
    for (const { operation, field } of guarded) {
      const response = await anonymousCall(operation, field);
      expect(response.errors?.[0]?.extensions?.code, field.name).toBe('UNAUTHENTICATED');
    }
  });
});
