import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printGatewaySchema, schemaFileUrl } from './schema-sdl.js';

describe('schema/schema.graphql', () => {
  it('is what the gateway emits (run `pnpm schema` after changing the API)', async () => {
    const committed = await readFile(schemaFileUrl, 'utf8').catch(() => '');
    expect(committed, 'schema/schema.graphql is stale: run `pnpm schema`').toBe(await printGatewaySchema());
  });
});
