import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoDatabaseCopy, type GatewayProcess, startGatewayProcess } from '../../test-support/gateway-process.js';
import { ensureDatabase } from '../database/data-source.js';
import '../../test-support/provided-context.js';

const run = promisify(execFile);
const gatewayFolder = fileURLToPath(new URL('../..', import.meta.url));

let gateway: GatewayProcess | undefined;
afterEach(() => {
  gateway?.process.kill('SIGKILL');
  gateway = undefined;
});

// The container's build step (`pnpm --filter ./gateway build`).
beforeAll(async () => {
  await run(process.execPath, ['scripts/build.mjs'], { cwd: gatewayFolder });
}, 300_000);

describe('the compiled gateway', () => {
  it('applies every migration to an empty database as the owner, as the one-shot migration job', async () => {
    const empty = await ensureDatabase(inject('databaseServer'), `test_${randomBytes(6).toString('hex')}`);
    const { stdout } = await run(process.execPath, ['dist/run-migrations.js'], {
      cwd: gatewayFolder,
      env: { ...process.env, MIGRATION_DATABASE_URL: empty.owner },
    });
    expect(JSON.parse(stdout)).toMatchObject({ msg: 'migrations applied', count: expect.any(Number) });
    expect(JSON.parse(stdout).count).toBeGreaterThan(15);
  });

  it('starts with plain node, answers /readyz and GraphQL, and runs a background job', async () => {
    gateway = await startGatewayProcess(await demoDatabaseCopy(), {}, { built: true });
    expect(gateway.process.spawnargs).not.toContain('tsx');
    expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
    const purposes = await gateway.graphql('{ purposes(lang: en) { key } }');
    expect(purposes.body.data?.purposes).toEqual(expect.arrayContaining([{ key: 'direct-marketing' }]));
    const dpo = await gateway.signIn('dpo@example.com');
    await fetch(`${gateway.url}/registers/robinson`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${dpo}` },
      body: 'Rue de la Loi 16, 1000 Brussels\n',
    });
    for (let tries = 0; ; tries++) {
      const answer = await gateway.graphql('{ registerImports(first: 1) { edges { node { status } } } }', {}, dpo);
      const imports = answer.body.data?.registerImports as { edges: { node: { status: string } }[] } | undefined;
      const status = imports?.edges[0]?.node.status;
      if (status === 'done') break;
      if (tries > 2_000) throw new Error(`The import is still ${status}`);
      await new Promise((resume) => setTimeout(resume, 25));
    }
  }, 120_000);
});
