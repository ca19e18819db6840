import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { budgetBytes, buildWidgets } from './build-widgets.js';
import { buildCookieConsent, cookieBudgetBytes } from './cookie-build.js';
import { buildOffice, officeBudgetBytes } from './office-build.js';

/**
 * `pnpm --filter ./widgets build`: the plain ES module and the federation remote in dist/, the
 * custom-elements manifest, and the bundle-size budget, which fails the build when exceeded.
 */
const widgets = fileURLToPath(new URL('..', import.meta.url));
const resolve = createRequire(import.meta.url).resolve;

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

const { moduleBytes, remoteBytes } = await buildWidgets(`${widgets}dist`);
const officeBytes = await buildOffice(`${widgets}dist`);
const cookieBytes = await buildCookieConsent(`${widgets}dist`);

execFileSync(process.execPath, [resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'], {
  cwd: widgets,
  stdio: 'inherit',
});
execFileSync(process.execPath, [resolve('@biomejs/biome/bin/biome'), 'format', '--write', 'custom-elements.json'], {
  cwd: widgets,
  stdio: 'ignore',
});

console.log(
  `Widgets, plain ES module (all elements and Lit): ${kilobytes(moduleBytes)} gzip; budget ${kilobytes(budgetBytes)}`,
);
console.log(`Widgets, federation remote (entry, runtime and elements): ${kilobytes(remoteBytes)} gzip`);
if (moduleBytes > budgetBytes) {
  console.error(`Over the bundle-size budget by ${kilobytes(moduleBytes - budgetBytes)}: the build fails.`);
  process.exit(1);
}
console.log(
  `Staff screens, plain ES module (office entry and Lit): ${kilobytes(officeBytes)} gzip; budget ${kilobytes(officeBudgetBytes)}`,
);
if (officeBytes > officeBudgetBytes) {
  console.error(`Staff screens over their budget by ${kilobytes(officeBytes - officeBudgetBytes)}: the build fails.`);
  process.exit(1);
}
console.log(`Cookie banner, plain ES module: ${kilobytes(cookieBytes)} gzip; budget ${kilobytes(cookieBudgetBytes)}`);
if (cookieBytes > cookieBudgetBytes) {
  console.error(`Cookie banner over its budget by ${kilobytes(cookieBytes - cookieBudgetBytes)}: the build fails.`);
  process.exit(1);
}
