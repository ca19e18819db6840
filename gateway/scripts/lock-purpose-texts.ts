// Publishes new purpose text versions: adds their hashes to texts.lock.json. An edit of a text
// already published is refused: a decision proves the text it showed, so new wording is a new version.
// Usage: pnpm --filter ./gateway purposes:lock [folder]  (the folder defaults to src/purposes/texts)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockFileName, lockKey, publishedHash, readPurposeTextFolder } from '../src/purposes/purpose-text-files.js';

const folder = process.argv[2] ?? fileURLToPath(new URL('../src/purposes/texts/', import.meta.url));
const { versions, lock, problems } = readPurposeTextFolder(folder);
const blocking = problems.filter((problem) => !problem.includes('not published yet'));
if (blocking.length > 0) {
  console.error(`Nothing published:\n${blocking.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
const added = versions.filter((text) => !lock[lockKey(text)]);
const next = Object.fromEntries(
  versions
    .map((text) => [lockKey(text), lock[lockKey(text)] ?? publishedHash(text)])
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(join(folder, lockFileName), `${JSON.stringify(next, null, 2)}\n`);
console.log(
  added.length === 0 ? 'Every version was already published.' : `Published ${added.map(lockKey).join(', ')}.`,
);
