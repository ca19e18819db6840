import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { budgetReport } from './budgets.js';
import { buildWidgets } from './build-widgets.js';

/**
 * `pnpm --filter ./widgets build`: the plain ES modules and the federation remote in dist/, the
 * custom-elements manifest, and every entry's bundle-size budget, which fails the build when exceeded.
 */
const widgets = fileURLToPath(new URL('..', import.meta.url));
const resolve = createRequire(import.meta.url).resolve;

const sizes = await buildWidgets(`${widgets}dist`);

execFileSync(process.execPath, [resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'], {
  cwd: widgets,
  stdio: 'inherit',
});
execFileSync(process.execPath, [resolve('@biomejs/biome/bin/biome'), 'format', '--write', 'custom-elements.json'], {
  cwd: widgets,
  stdio: 'ignore',
});

const { lines, over } = budgetReport(sizes);
for (const line of lines) console.log(line);
if (over.length > 0) {
  for (const problem of over) console.error(`Over the bundle-size budget: ${problem}.`);
  console.error('The build fails.');
  process.exit(1);
}
