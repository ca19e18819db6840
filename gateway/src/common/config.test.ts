import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, loadConfig } from './config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.problems;
    throw error;
  }
}

describe('the settings', () => {
  it.each([
    ['PORT', '70000'],
    ['PORT', '1.5'],
    ['PORT', 'eighty'],
    ['CORS_ORIGINS', 'not a url'],
    ['CORS_ORIGINS', 'https://www.proximus.be/path'],
    ['PUBLIC_SITE_URL', 'ftp://example.org'],
    ['SIGN_IN_CODE_VALIDITY_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', '-5'],
    ['RELAY_ENABLED', 'yes'],
    ['OFFICE_ALERT_EMAIL', 'office'],
  ])('refuses %s=%s, naming it and the value', (name, value) => {
    const problems = problemsOf({ NODE_ENV: 'test', [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${name} .*\\(given: "${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\)$`),
    );
  });

  it('names every problem at once, production requirements included', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: '70000', SESSION_IDLE_MINUTES: 'x' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'SESSION_IDLE_MINUTES',
      'GATEWAY_SECRET',
      'MESSAGING_URL',
      'DATA_KEY_ENCRYPTION_KEY',
      'LEDGER_SIGNING_KEY',
    ]);
  });

  it('takes the published defaults when nothing is set, and an empty value as unset', () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '' });
    expect(config).toMatchObject({
      port: 4000,
      corsOrigins: ['http://localhost:4100'],
      relayEnabled: true,
      signIn: { codeValidityMs: 15 * 60_000, wrongCodesPerChallenge: 5, smsPerNumberPerHour: 5 },
      sessions: { idleTimeoutMs: 30 * 60_000 },
    });
  });
});
