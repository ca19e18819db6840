import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

describe('reads of personal data by staff', () => {
  it("logs the DPO's and the agent's reads; the DPO queries the log and the person sees who looked", async () => {
    gateway = await startTestGateway();
    const mary = await gateway.idOf('mary.jones@example.com');
    const line = await gateway.idOf('+32470000002');
    await gateway.graphql(
      operations.privacyPreferences,
      { subjectId: mary },
      { token: await gateway.signIn('dpo@example.com') },
    );
    gateway.clock.advanceMinutes(1);
    await gateway.graphql(
      operations.preferenceHistory,
      { subjectId: line },
      { token: await gateway.signIn('agent@example.com') },
    );

    const log = await gateway.graphql<{
      staffReadLog: { edges: { node: { staffName: string; subjectId: string; what: string } }[] };
    }>(
      '{ staffReadLog { edges { node { staffName subjectId what } } } }',
      {},
      {
        token: await gateway.signIn('dpo@example.com'),
      },
    );
    expect(log.data?.staffReadLog.edges.map((edge) => edge.node)).toEqual([
      { staffName: 'Customer service: Alex Agent', subjectId: line, what: 'preferenceHistory' },
      { staffName: 'Data protection office: Dana Data', subjectId: mary, what: 'privacyPreferences' },
    ]);
    const own = await gateway.graphql<{ staffReadsOfMyData: { edges: { node: { what: string } }[] } }>(
      '{ staffReadsOfMyData { edges { node { what } } } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    expect(own.data?.staffReadsOfMyData.edges.map((edge) => edge.node.what)).toEqual([
      'preferenceHistory',
      'privacyPreferences',
    ]);
    const tracy = await gateway.graphql<{ staffReadsOfMyData: { edges: unknown[] } }>(
      '{ staffReadsOfMyData { edges { cursor } } }',
      {},
      {
        token: await gateway.signIn('tracy.smith@example.com'),
      },
    );
    expect(tracy.data?.staffReadsOfMyData.edges).toEqual([]);
  });

  it('reports requests by type and status with the median time to answer', async () => {
    gateway = await startTestGateway();
    const filed = await gateway.graphql<{ requestDataAccess: { id: string } }>(
      'mutation { requestDataAccess(input: {}) { id } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    gateway.clock.advanceMinutes(48 * 60);
    const dpo = await gateway.signIn('dpo@example.com');
    await gateway.graphql(
      'mutation($id: ID!) { completeRequest(input: { requestId: $id, note: "Overview sent." }) { id } }',
      { id: filed.data?.requestDataAccess.id },
      { token: dpo },
    );
    await gateway.graphql(
      'mutation { requestDataExport(input: {}) { id } }',
      {},
      {
        token: await gateway.signIn('tracy.smith@example.com'),
      },
    );
    const report = await gateway.graphql(
      '{ requestReport { type status count overdue medianHoursToAnswer } }',
      {},
      { token: dpo },
    );
    expect(report.data).toEqual({
      requestReport: [
        { type: 'access', status: 'completed', count: 1, overdue: 0, medianHoursToAnswer: 48 },
        { type: 'export', status: 'in-progress', count: 1, overdue: 0, medianHoursToAnswer: null },
      ],
    });
  });
});
