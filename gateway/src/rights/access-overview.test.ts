import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

interface Category {
  category: string;
  title: string;
  held: Record<string, unknown> | Record<string, unknown>[] | null;
  purposes: { key: string; legalBasis: string }[];
  origin: string;
  retention: string;
  recipients: string[];
}

describe('the access overview (GDPR Art. 15)', () => {
  it("shows the person's own data, why, from where, for how long and to whom, from the catalogue and the data model", async () => {
    gateway = await startTestGateway();
    await gateway.dataSource.query(
      `INSERT INTO downstream_system (key, name, purposes, api_key_hash, secret_version, active, created_at)
       VALUES ('location-analytics', 'Location analytics pipeline', '{location-reporting}', 'x', 1, true, now())`,
    );
    const token = await gateway.signIn('mary.jones@example.com');
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: true } }, { token });
    const response = await gateway.graphql<{ dataAccessOverview: { categories: Category[] } }>(
      '{ dataAccessOverview }',
      {},
      { token },
    );
    const categories = new Map(response.data?.dataAccessOverview.categories.map((c) => [c.category, c]));
    expect(categories.get('identity')?.held).toEqual({
      firstName: 'Mary',
      lastName: 'Jones',
      email: 'mary.jones@example.com',
      mobileNumber: '+32470000002',
      language: 'en',
    });
    expect(categories.get('subscriptions')).toMatchObject({
      held: [{ kind: 'mobile', phoneNumber: '+32470000002' }],
      recipients: ['Location analytics pipeline'],
    });
    expect(categories.get('privacy-choices')?.held).toEqual({ choices: 1 });
    expect(categories.get('identity')?.purposes).toContainEqual({ key: 'service-delivery', legalBasis: 'contract' });
    for (const category of categories.values()) {
      expect(category.origin.length).toBeGreaterThan(0);
      expect(category.retention.length).toBeGreaterThan(0);
    }
  });

  it('tells every category in the language asked, each language in its own words', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const read = async (lang: string) => {
      const response = await gateway.graphql<{ dataAccessOverview: { language: string; categories: Category[] } }>(
        'query($lang: Language!) { dataAccessOverview(lang: $lang) }',
        { lang },
        { token },
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.dataAccessOverview;
    };
    const english = await read('en');
    const texts = (overview: { categories: Category[] }) =>
      overview.categories.map((category) => [category.title, category.origin, category.retention]);
    for (const lang of ['nl', 'fr', 'de']) {
      const overview = await read(lang);
      expect(overview.language).toBe(lang);
      expect(overview.categories.map((category) => category.category)).toEqual(
        english.categories.map((category) => category.category),
      );
      // No title, origin or retention left in English.
      const inEnglish = new Set(texts(english).flat());
      expect(
        texts(overview)
          .flat()
          .filter((text) => inEnglish.has(text)),
      ).toEqual([]);
    }
    expect((await read('nl')).categories[0]?.title).toBe('Naam, e-mailadres, gsm-nummer voor aanmeldcodes, taal');
  });

  it("is not shown to another customer, and the DPO's read of it is logged", async () => {
    gateway = await startTestGateway();
    const mary = await gateway.idOf('mary.jones@example.com');
    const philip = await gateway.graphql(
      'query($id: ID) { dataAccessOverview(subjectId: $id) }',
      { id: mary },
      {
        token: await gateway.signIn('philip.smith@example.com'),
      },
    );
    expect(philip.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await gateway.graphql(
      'query($id: ID) { dataAccessOverview(subjectId: $id) }',
      { id: mary },
      {
        token: await gateway.signIn('dpo@example.com'),
      },
    );
    const logged = await gateway.dataSource.query('SELECT what FROM staff_read WHERE subject_id = $1', [mary]);
    expect(logged).toEqual([{ what: 'dataAccessOverview' }]);
  });
});
