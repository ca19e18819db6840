import { getNamedType, getNullableType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from './schema.js';
import { printGatewaySchema } from './schema-sdl.js';

// What a client cache keys on: Relay's wrappers (connections, edges, page info) belong to their parent field.
const wrapper = /(Connection|Edge|^PageInfo|^DecisionFeed)$/;

describe('the schema as clients read it', () => {
  it('gives every object a client may cache an `id: ID!`', async () => {
    const schema = await buildGatewaySchema();
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
    const withoutId = Object.values(schema.getTypeMap())
      .filter(
        (type) => isObjectType(type) && !type.name.startsWith('__') && !roots.has(type) && !wrapper.test(type.name),
      )
      .filter((type) => {
        const id = isObjectType(type) ? type.getFields().id : undefined;
        return id?.type.toString() !== 'ID!';
      })
      .map((type) => type.name);
    expect(withoutId).toEqual([]);
  });

  it('declares its root types in a schema block and leaves the name Subscription to the root', async () => {
    const schema = await buildGatewaySchema();
    const sdl = await printGatewaySchema();
    const subscriptionRoot = schema.getSubscriptionType();
    expect(schema.getType('Subscription')?.name).toBe(subscriptionRoot?.name);
    expect(schema.getType('Subscription') === subscriptionRoot || !schema.getType('Subscription')).toBe(true);
    const roots = ['query: Query', 'mutation: Mutation', ...(subscriptionRoot ? ['subscription: Subscription'] : [])];
    expect(sdl).toContain(`schema {\n${roots.map((root) => `  ${root}`).join('\n')}\n}`);
  });

  it('pages every connection forward with first and after', async () => {
    const schema = await buildGatewaySchema();
    const fields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) =>
      /Connection$/.test(getNamedType(field.type).name),
    );
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      const args = Object.fromEntries(field.args.map((arg) => [arg.name, getNullableType(arg.type)]));
      expect([field.name, isScalarType(args.first) && args.first.name], field.name).toEqual([field.name, 'Int']);
      expect([field.name, isScalarType(args.after) && args.after.name], field.name).toEqual([field.name, 'String']);
    }
  });
});
