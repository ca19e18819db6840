// The gateway's build (the container's and the compiled-gateway test's): tsc emits the decorator
// metadata type-graphql and TypeORM read; the purpose texts are data files the gateway reads beside its code.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const gateway = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: gateway,
  stdio: 'inherit',
});
cpSync(`${gateway}src/purposes/texts`, `${gateway}dist/purposes/texts`, { recursive: true });
