import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

const history = `query($subjectId: ID) {
  preferenceHistory(subjectId: $subjectId) { edges { node { purpose subjectId actorKind actedBy } } }
}`;

interface HistoryAnswer {
  preferenceHistory: { edges: { node: { purpose: string; subjectId: string; actorKind: string; actedBy: string } }[] };
}

async function actedByAsSeenBy(email: string, subjectId: string): Promise<string[]> {
  const answer = await gateway.graphql<HistoryAnswer>(history, { subjectId }, { token: await gateway.signIn(email) });
  expect(answer.errors).toBeUndefined();
  return answer.data?.preferenceHistory.edges.map((edge) => edge.node.actedBy) ?? [];
}

async function optOutOfLocation(email: string, number: string): Promise<void> {
  const answer = await gateway.graphql(
    'mutation($input: LocationReportingOptOutInput!) { setLocationReportingOptOut(input: $input) { allowed } }',
    { input: { subjectId: await gateway.idOf(number), optedOut: true } },
    { token: await gateway.signIn(email) },
  );
  expect(answer.errors).toBeUndefined();
}

describe('who acted, in the history, from the point of view of the person reading it', () => {
  it("tells Tracy, administrator since, that Philip's earlier choice on his line was the line user's, and Philip that it was his", async () => {
    gateway = await startTestGateway();
    const philipsLine = await gateway.idOf('+32470000001');
    await optOutOfLocation('philip.smith@example.com', '+32470000001');
    const became = await gateway.graphql(
      'mutation { becomeAdministrator(customerNumber: "123456789") { role } }',
      {},
      { token: await gateway.signIn('tracy.smith@example.com') },
    );
    expect(became.errors).toBeUndefined();

    expect(await actedByAsSeenBy('tracy.smith@example.com', philipsLine)).toEqual(['THE_PERSON']);
    expect(await actedByAsSeenBy('philip.smith@example.com', philipsLine)).toEqual(['YOU']);
  });

  it("tells Mary her line was changed by the account's administrator, and Philip that he did it", async () => {
    gateway = await startTestGateway();
    const marysLine = await gateway.idOf('+32470000002');
    await optOutOfLocation('philip.smith@example.com', '+32470000002');

    expect(await actedByAsSeenBy('mary.jones@example.com', marysLine)).toEqual(['ADMINISTRATOR']);
    expect(await actedByAsSeenBy('philip.smith@example.com', marysLine)).toEqual(['YOU']);
  });

  it('names customer service for an agent, and the agent themself as YOU', async () => {
    gateway = await startTestGateway();
    const mary = await gateway.idOf('mary.jones@example.com');
    const recorded = await gateway.graphql(
      'mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { allowed } }',
      { input: { subjectId: mary, channel: 'sms', objected: true } },
      { token: await gateway.signIn('agent@example.com') },
    );
    expect(recorded.errors).toBeUndefined();

    expect(await actedByAsSeenBy('mary.jones@example.com', mary)).toEqual(['CUSTOMER_SERVICE']);
    expect(await actedByAsSeenBy('agent@example.com', mary)).toEqual(['YOU']);
    expect(await actedByAsSeenBy('dpo@example.com', mary)).toEqual(['CUSTOMER_SERVICE']);
  });
});
