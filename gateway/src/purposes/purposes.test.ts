import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { purposeKeys } from './purpose-catalogue.js';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway();
});
afterAll(() => gateway.stop());

interface PurposeAnswer {
  key: string;
  title: string;
  description: string;
  legalBasis: string;
  legalBasisText: string;
  switchable: boolean;
  allowedByDefault: boolean;
  scope: string;
  textVersion: number;
  channels: { key: string; label: string }[];
}

async function purposes(lang: string): Promise<PurposeAnswer[]> {
  const response = await gateway.graphql<{ purposes: PurposeAnswer[] }>(
    `query($lang: Language!) { purposes(lang: $lang) {
      key title description legalBasis legalBasisText switchable allowedByDefault scope textVersion channels { key label }
    } }`,
    { lang },
  );
  return response.data?.purposes ?? [];
}

describe('the purpose catalogue', () => {
  it('lists every purpose key of the contract, without signing in', async () => {
    expect((await purposes('en')).map((p) => p.key)).toEqual([...purposeKeys]);
  });

  it('derives default and switchability from the legal basis', async () => {
    const byKey = new Map((await purposes('en')).map((p) => [p.key, p]));
    expect(byKey.get('web-personalized-ads')).toMatchObject({
      legalBasis: 'CONSENT',
      allowedByDefault: false,
      switchable: true,
    });
    expect(byKey.get('location-reporting')).toMatchObject({
      legalBasis: 'LEGITIMATE_INTEREST',
      allowedByDefault: true,
      scope: 'SUBSCRIPTION',
    });
    expect(byKey.get('service-delivery')).toMatchObject({ legalBasis: 'CONTRACT', switchable: false });
    expect(byKey.get('direct-marketing')?.channels.map((c) => c.key)).toEqual([
      'phone',
      'sms',
      'email',
      'post',
      'web-popup',
    ]);
  });

  it('speaks nl, fr, de and en, with a text for every purpose', async () => {
    const titles = await Promise.all(
      ['nl', 'fr', 'de', 'en'].map(async (lang) => (await purposes(lang)).map((p) => p.title)),
    );
    for (const list of titles) {
      expect(list).toHaveLength(purposeKeys.length);
      expect(list.every((title) => title.length > 0)).toBe(true);
    }
    expect(new Set(titles.map((list) => list.join('|'))).size).toBe(4);
  });

  it('refuses a language it does not have', async () => {
    const response = await gateway.graphql('{ purposes(lang: es) { key } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
