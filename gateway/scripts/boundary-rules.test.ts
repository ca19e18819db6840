import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../..', import.meta.url));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

/** Runs `depcruise` as `pnpm check` does, and returns its violations. */
async function violations(folder: string, config: string): Promise<Violation[]> {
  const run = promisify(execFile);
  const command = [folder, '--config', config, '--output-type', 'json'];
  const output = await run('node_modules/.bin/depcruise', command, { cwd: repository, maxBuffer: 64 * 1024 * 1024 })
    .then(({ stdout }) => stdout)
    .catch((failure: { stdout?: string }) => failure.stdout ?? '');
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the import rules of pnpm check', () => {
  it('fail on a deep import across features and on a folder-level cycle', { timeout: 60_000 }, async () => {
    const found = await violations(
      'gateway/scripts/boundary-fixture/src',
      'gateway/scripts/boundary-fixture/.dependency-cruiser.cjs',
    );
    const fixture = 'gateway/scripts/boundary-fixture/src';
    expect(found.filter((violation) => violation.rule.name === 'no-deep-import-across-features')).toEqual([
      expect.objectContaining({ from: `${fixture}/beta/beta.ts`, to: `${fixture}/alpha/alpha.ts` }),
    ]);
    const cycles = found.filter((violation) => violation.rule.name === 'no-folder-cycle');
    expect(cycles.map((violation) => violation.from).sort()).toEqual([`${fixture}/delta`, `${fixture}/gamma`]);
    expect(found).toHaveLength(3);
  });

  it('hold on the gateway: surfaces only, no folder-level cycle', { timeout: 60_000 }, async () => {
    expect(await violations('gateway/src', '.dependency-cruiser.cjs')).toEqual([]);
  });
});
