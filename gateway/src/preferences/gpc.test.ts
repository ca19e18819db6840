import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  type PrivacyPreferences,
  startTestGateway,
  type TestGateway,
} from '../../test-support/index.js';

const mary = 'mary.jones@example.com';
const gpcPurposes = [
  'ads-partner-measurement',
  'ads-partner-profiling',
  'ads-partner-selection',
  'web-personalized-ads',
];

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function readWith(token: string, headers: Record<string, string> = {}) {
  const response = await gateway.graphql<{ privacyPreferences: PrivacyPreferences }>(
    operations.privacyPreferences,
    {},
    { token, headers },
  );
  return response.data?.privacyPreferences as PrivacyPreferences;
}

async function gpcEvents(): Promise<string[]> {
  const rows = await gateway.dataSource.query(
    "SELECT purpose FROM preference_event WHERE actor_kind = 'gpc' ORDER BY purpose",
  );
  return rows.map((row: { purpose: string }) => row.purpose);
}

describe('Global Privacy Control (Sec-GPC: 1)', () => {
  it('records once an objection to the web profile and the ad partner, and the state says why', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const state = await readWith(token, { 'sec-gpc': '1' });
    for (const key of gpcPurposes) {
      expect(state.purposes.find((p) => p.purpose.key === key)).toMatchObject({ allowed: false, reason: 'GPC_SIGNAL' });
    }
    await readWith(token, { 'sec-gpc': '1' });
    expect(await gpcEvents()).toEqual(gpcPurposes);
  });

  it('does not overrule a later explicit choice', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    await readWith(token, { 'sec-gpc': '1' });
    await gateway.graphql(operations.grantConsent, { input: { purpose: 'web-personalized-ads' } }, { token });
    const state = await readWith(token, { 'sec-gpc': '1' });
    expect(state.purposes.find((p) => p.purpose.key === 'web-personalized-ads')).toMatchObject({
      allowed: true,
      reason: 'OWN_CHOICE',
    });
  });

  it('does nothing without the signal, or for anonymous requests', async () => {
    gateway = await startTestGateway();
    await readWith(await gateway.signIn(mary));
    await gateway.graphql('{ purposes(lang: en) { key } }', {}, { headers: { 'sec-gpc': '1' } });
    expect(await gpcEvents()).toEqual([]);
  });
});
