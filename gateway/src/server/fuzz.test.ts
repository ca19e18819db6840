import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

/** A small seeded generator (mulberry32): the same calls on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hostileStrings = [
  '',
  ' ',
  'a\u0000b',
  'x\ud800y',
  '\udfff',
  '😀👨‍👩‍👧',
  "'; DROP TABLE person; --",
  '%s%n%x',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '‮gnp.exe',
  'x'.repeat(20_000),
  'mary.jones@example.com',
  '+32470000002',
  '0470000001',
  '123456789',
  'direct-marketing',
  'web-personalized-ads',
  'phone',
  'pxr_bogus',
  'null',
];
const hostileIds = [
  'x',
  '',
  '00000000-0000-0000-0000-000000000000',
  '5b0a4f6e-6a4e-4d6f-9d0e-2a3b4c5d6e7f',
  'a\u0000b',
];
const hostileInts = [0, -1, 1, 7, 2_147_483_647, -2_147_483_648, 100_000];
const hostileDates = ['not a date', '2026-13-45T25:61:00Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', ''];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** A value for an argument of `type`: usually of the type, sometimes not at all. */
function valueFor(type: GraphQLInputType, random: () => number, ids: string[], depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, random, ids, depth);
  if (random() < 0.08) return null;
  if (isListType(type)) {
    const length = pick(random, [0, 1, 3]);
    return Array.from({ length }, () => valueFor(type.ofType, random, ids, depth + 1));
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) || random() < 0.6)
        .map((field) => [field.name, valueFor(field.type, random, ids, depth + 1)]),
    );
  }
  if (isEnumType(type)) return pick(random, type.getValues()).name;
  switch (type.name) {
    case 'ID':
      return random() < 0.5 ? pick(random, ids) : pick(random, hostileIds);
    case 'Int':
      return pick(random, hostileInts);
    case 'Boolean':
      return random() < 0.5;
    case 'DateTime':
      return pick(random, hostileDates);
    case 'JSONObject':
      return { key: pick(random, hostileStrings) };
    default:
      return pick(random, hostileStrings);
  }
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passes = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passes ? `(${passes})` : ''}${selection} }`;
}

/** Every table but those a refusal is meant to write (attempt counters) or a read touches (sessions). */
async function databaseState(gateway: TestGateway): Promise<string> {
  const tables: { table_name: string }[] = await gateway.ownerQuery(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('rate_limit', 'sign_in_throttle', 'sms_challenge', 'passkey_challenge', 'session', 'migrations')
     ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ table_name: table }) =>
      `(SELECT md5(coalesce(string_agg(row::text, '|' ORDER BY row::text), '')) FROM "${table}" row)`,
  );
  const [row] = await gateway.ownerQuery<{ state: string }>(`SELECT concat_ws(',', ${parts.join(', ')}) AS state`);
  return row?.state ?? '';
}

let gateway: TestGateway;
let fields: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];
const tokens: Record<string, string | undefined> = {};
let ids: string[];

beforeAll(async () => {
  gateway = await startTestGateway();
  const schema = buildSchema(await readFile(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
  // Signing out last: it ends the caller's session for the fields after it.
  const last = (name: string) => (name === 'signOut' ? 1 : 0);
  fields = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      kind: 'mutation' as const,
      field,
    })),
  ].sort((a, b) => last(a.field.name) - last(b.field.name));
  tokens.customer = await gateway.signIn('mary.jones@example.com');
  tokens.dpo = await gateway.signIn('dpo@example.com');
  ids = [await gateway.idOf('mary.jones@example.com'), await gateway.idOf('+32470000002')];
});
afterAll(() => gateway?.stop());

describe('a fuzzer over every argument of every root field', () => {
  it.each(['anonymous', 'customer', 'dpo'])(
    'gets no INTERNAL_SERVER_ERROR and no write from a refused call, as %s',
    async (caller) => {
      const random = generator(20261201);
      const failures: string[] = [];
      let calls = 0;
      for (const { kind, field } of fields) {
        for (let round = 0; round < 2; round++) {
          const variables = Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, random, ids)]));
          const before = await databaseState(gateway);
          const response = await fetch(`${gateway.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {}),
            },
            body: JSON.stringify({ query: documentFor(kind, field), variables }),
          });
          calls += 1;
          const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
          const codes = (body.errors ?? []).map((error) => error.extensions?.code);
          if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
            failures.push(`${field.name} ${JSON.stringify(variables).slice(0, 200)} -> ${response.status} ${codes}`);
          }
          const refused = (body.errors?.length ?? 0) > 0 && !body.data;
          if (refused && (await databaseState(gateway)) !== before) {
            failures.push(`${field.name} was refused (${codes}) but wrote`);
          }
        }
      }
      await gateway.idle();
      expect(failures).toEqual([]);
      expect(calls).toBe(fields.length * 2);
    },
    120_000,
  );
});
