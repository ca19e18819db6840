import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.js';

const widgets = fileURLToPath(new URL('../../', import.meta.url));
const generatedPath = 'src/graphql/generated.ts';

/** The generator's output as `pnpm codegen` leaves it: formatted by the repository's Biome. */
function formatted(source: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(process.execPath, [biome, 'check', '--write', `--stdin-file-path=${generatedPath}`], {
    cwd: widgets,
    input: source,
    encoding: 'utf8',
  });
}

describe('the generated GraphQL types', () => {
  it('match schema/schema.graphql and the operations: run `pnpm --filter ./widgets codegen` when this fails', async () => {
    const [output] = await generate({ ...codegenConfig, cwd: widgets, silent: true }, false);
    if (!output) throw new Error('The generator produced nothing');

    expect(formatted(output.content)).toBe(await readFile(`${widgets}${generatedPath}`, 'utf8'));
  });
});
