import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { sweepExpired } from './retention.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function count(table: string): Promise<number> {
  const [row] = await gateway.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

describe('retention', () => {
  it('removes codes, sessions, refresh credentials and reset links a day after their end, and nothing sooner', async () => {
    gateway = await startTestGateway();
    await gateway.signIn('mary.jones@example.com');
    await gateway.graphql('mutation { requestPasswordReset(email: "mary.jones@example.com") }');
    expect(await sweepExpired(gateway.dataSource, gateway.clock.now())).toMatchObject({
      codes: 0,
      sessions: 0,
      refreshCredentials: 0,
      resetLinks: 0,
    });
    // The session ends 24 hours after sign-in at the latest; one more day, and it goes.
    gateway.clock.advanceMinutes(2 * 24 * 60 + 1);
    expect(await sweepExpired(gateway.dataSource, gateway.clock.now())).toMatchObject({
      codes: 1,
      sessions: 1,
      refreshCredentials: 1,
      resetLinks: 1,
    });
    expect([
      await count('sms_challenge'),
      await count('session'),
      await count('refresh_credential'),
      await count('password_reset'),
    ]).toEqual([0, 0, 0, 0]);
  });

  it('empties an export archive once it has expired', async () => {
    gateway = await startTestGateway();
    await gateway.graphql(
      'mutation { requestDataExport(input: {}) { id } }',
      {},
      {
        token: await gateway.signIn('mary.jones@example.com'),
      },
    );
    await gateway.idle();
    gateway.clock.advanceMinutes(8 * 24 * 60);
    expect((await sweepExpired(gateway.dataSource, gateway.clock.now())).exportArchives).toBe(1);
    const [archive] = await gateway.dataSource.query('SELECT archive FROM export_archive');
    expect(archive.archive).toBeNull();
  });

  it('forgets a cookie-banner visitor and its answers 12 months after its last answer, and not sooner', async () => {
    gateway = await startTestGateway();
    const input = {
      visitorId: randomUUID(),
      site: 'www.proximus.be',
      language: 'en',
      method: 'REFUSE_ALL',
      choices: ['preferences', 'statistics', 'marketing'].map((category) => ({
        purpose: `cookie-${category}`,
        allowed: false,
        textVersion: 1,
      })),
    };
    await gateway.graphql('mutation($input: CookieConsentInput!) { setCookieConsent(input: $input) { id } }', {
      input,
    });
    const ledger = await count('preference_event');
    gateway.clock.advance(365 * 24 * 3_600_000 - 60_000);
    expect((await sweepExpired(gateway.dataSource, gateway.clock.now())).visitors).toBe(0);
    gateway.clock.advance(24 * 3_600_000);
    expect((await sweepExpired(gateway.dataSource, gateway.clock.now())).visitors).toBe(1);
    expect([await count('visitor'), await count('cookie_choice'), await count('preference_event')]).toEqual([
      0,
      0,
      ledger,
    ]);
  });
});
