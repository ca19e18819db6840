import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../common/config.js';
import { settingsSchema } from '../common/settings.js';
import { newLedgerSigningKeyPem } from '../preferences/checkpoint-signing-key.js';

/** No Docker engine here: what can be checked of the image and the compose file without one. */
const root = new URL('../../../', import.meta.url);
const text = (path: string) => readFile(new URL(path, root), 'utf8');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  secrets?: string[];
  ports?: string[];
  volumes?: string[];
  stop_grace_period?: string;
}

async function compose() {
  return parse(await text('compose.yaml'), { merge: true }) as {
    services: Record<string, Service>;
    secrets: Record<string, { file: string }>;
  };
}

/** Every name .env.example lists, set or commented out. */
async function documentedSettings(): Promise<Set<string>> {
  return new Set(
    [...(await text('.env.example')).matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1] as string),
  );
}

/** `${NAME:?}` and `${NAME:-default}` filled as an operator's .env would. */
function interpolated(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::[-?]([^}]*))?\}/g, (_all, name: string, fallback?: string) => {
    return given[name] ?? fallback ?? '';
  });
}

const operatorEnv: Record<string, string> = {
  GATEWAY_DB_PASSWORD: 'gateway-password',
  OWNER_DB_PASSWORD: 'owner-password',
  POSTGRES_ADMIN_PASSWORD: 'admin-password',
  GATEWAY_SECRET: 'a'.repeat(40),
  MESSAGING_URL: 'https://messaging.internal/send',
  CORS_ORIGINS: 'https://www.proximus.be',
  PUBLIC_SITE_URL: 'https://www.proximus.be',
};

describe('compose.yaml', () => {
  it('runs PostgreSQL, a one-shot migration as the owner, then two gateways as the application login', async () => {
    const { services } = await compose();
    expect(Object.keys(services).sort()).toEqual(['gateway-1', 'gateway-2', 'migrate', 'postgres']);
    const migrate = services.migrate as Service;
    expect(migrate.command).toEqual(['node', 'dist/run-migrations.js']);
    expect(existsSync(new URL('gateway/src/run-migrations.ts', root))).toBe(true);
    expect(migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(new URL(interpolated(migrate.environment?.MIGRATION_DATABASE_URL ?? '', operatorEnv)).username).toBe(
      'privacy_owner',
    );
    const ports = new Set<string>();
    for (const name of ['gateway-1', 'gateway-2']) {
      const gateway = services[name] as Service;
      expect(gateway.build).toBe(migrate.build);
      expect(gateway.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
      const database = new URL(interpolated(gateway.environment?.DATABASE_URL ?? '', operatorEnv));
      expect([database.username, database.hostname, database.pathname]).toEqual([
        'privacy_gateway',
        'postgres',
        '/privacy',
      ]);
      for (const port of gateway.ports ?? []) ports.add(port.split(':')[0] as string);
    }
    expect(ports.size).toBe(2);
    for (const volume of services.postgres?.volumes ?? []) {
      const source = volume.split(':')[0] as string;
      if (source.startsWith('./')) expect(existsSync(new URL(source, root)), source).toBe(true);
    }
  });

  it('gives the gateways settings the gateway accepts in production, each documented in .env.example', async () => {
    const { services, secrets } = await compose();
    const documented = await documentedSettings();
    const folder = await mkdtemp(join(tmpdir(), 'compose-secrets-'));
    const secretFiles: Record<string, string> = {
      'data-key-encryption-key': Buffer.alloc(32, 1).toString('base64'),
      'blind-index-key': Buffer.alloc(32, 2).toString('base64'),
      'ledger-signing-key': newLedgerSigningKeyPem(),
    };
    for (const [name, content] of Object.entries(secretFiles)) await writeFile(join(folder, name), content);
    for (const name of ['gateway-1', 'gateway-2']) {
      const gateway = services[name] as Service;
      const env = Object.fromEntries(
        Object.entries(gateway.environment ?? {}).map(([key, value]) => [
          key,
          interpolated(value, operatorEnv).replace(/^\/run\/secrets\//, `${folder}/`),
        ]),
      );
      expect(Object.keys(env).filter((key) => !documented.has(key))).toEqual([]);
      expect(gateway.secrets?.sort()).toEqual(Object.keys(secretFiles).sort());
      for (const secret of gateway.secrets ?? []) expect(secrets[secret]?.file).toMatch(/^\.\/secrets\//);
      const config = loadConfig(env);
      expect(config).toMatchObject({ production: true, port: 4000, jobs: { stepTimeoutSeconds: 300 } });
      const drainSeconds = (config.shutdown.delayMs + config.shutdown.graceMs) / 1000;
      expect(Number.parseInt(gateway.stop_grace_period ?? '10', 10)).toBeGreaterThan(drainSeconds);
    }
  });

  it('has .env.example list every checked setting', async () => {
    const documented = await documentedSettings();
    expect(Object.keys(settingsSchema.shape).filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe('the Dockerfile', () => {
  it('builds in one stage and runs the compiled gateway with plain node as a non-root user in another', async () => {
    const dockerfile = await text('Dockerfile');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = stages[0] as string;
    const runtime = stages.at(-1) as string;
    expect(build).toMatch(/pnpm --filter \.\/gateway build/);
    expect(build).toMatch(/deploy --legacy --prod/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(runtime).not.toMatch(/tsx|pnpm install/);
    const packageJson = JSON.parse(await text('gateway/package.json')) as { dependencies: Record<string, string> };
    expect(Object.keys(packageJson.dependencies)).not.toContain('tsx');
  });
});
