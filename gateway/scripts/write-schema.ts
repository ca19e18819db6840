/** Writes the gateway's SDL to schema/schema.graphql (`pnpm schema`). */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printGatewaySchema, schemaFileUrl } from '../src/server/schema-sdl.js';

await writeFile(schemaFileUrl, await printGatewaySchema());
console.log(`Wrote ${fileURLToPath(schemaFileUrl)}`);
