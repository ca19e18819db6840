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
    const own = await gateway.graphql<{
      staffReadsOfMyData: { edges: { cursor: string; node: Record<string, string> }[] };
    }>(
      '{ staffReadsOfMyData { edges { cursor node { staffName team reason what subjectId } } } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    // The person is told the team and why, never the employee's name.
    expect(own.data?.staffReadsOfMyData.edges.map((edge) => edge.node)).toEqual([
      {
        staffName: 'Customer service',
        team: 'CUSTOMER_SERVICE',
        reason: 'HELPING_ON_CALL',
        what: 'preferenceHistory',
        subjectId: line,
      },
      {
        staffName: 'Data protection office',
        team: 'DATA_PROTECTION_OFFICE',
        reason: 'PRIVACY_SUPERVISION',
        what: 'privacyPreferences',
        subjectId: mary,
      },
    ]);
    const tracy = await gateway.signIn('tracy.smith@example.com');
    const tracysReads = await gateway.graphql<{ staffReadsOfMyData: { edges: unknown[] } }>(
      '{ staffReadsOfMyData { edges { cursor } } }',
      {},
      { token: tracy },
    );
    expect(tracysReads.data?.staffReadsOfMyData.edges).toEqual([]);
    // Mary's cursor gives Tracy her own (empty) log from that point, nothing of Mary's.
    const marysCursor = own.data?.staffReadsOfMyData.edges[0]?.cursor;
    const fromMarysCursor = await gateway.graphql<{ staffReadsOfMyData: { edges: unknown[] } }>(
      'query($after: String) { staffReadsOfMyData(first: 10, after: $after) { edges { cursor } } }',
      { after: marysCursor },
      { token: tracy },
    );
    expect(fromMarysCursor.errors).toBeUndefined();
    expect(fromMarysCursor.data?.staffReadsOfMyData.edges).toEqual([]);
  });

  it("tells the person an agent's look-up during a call and the office's access answer apart", async () => {
    gateway = await startTestGateway();
    const mary = await gateway.idOf('mary.jones@example.com');
    const found = await gateway.graphql(
      '{ findPrivacySubjects(phoneNumber: "+32470000002") { id } }',
      {},
      { token: await gateway.signIn('agent@example.com') },
    );
    expect(found.errors).toBeUndefined();
    gateway.clock.advanceMinutes(1);
    const overview = await gateway.graphql(
      'query($id: ID!) { dataAccessOverview(subjectId: $id) }',
      { id: mary },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(overview.errors).toBeUndefined();

    const own = await gateway.graphql<{ staffReadsOfMyData: { edges: { node: { team: string; reason: string } }[] } }>(
      '{ staffReadsOfMyData { edges { node { team reason } } } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    expect(own.data?.staffReadsOfMyData.edges.map((edge) => edge.node)).toEqual([
      { team: 'DATA_PROTECTION_OFFICE', reason: 'ANSWERING_ACCESS_REQUEST' },
      // The number matched Mary and her line: both were read.
      { team: 'CUSTOMER_SERVICE', reason: 'FINDING_CALLER' },
      { team: 'CUSTOMER_SERVICE', reason: 'FINDING_CALLER' },
    ]);
  });

  it("logs the reads of a subject's record: proof of delivery, propagation, the ledger check and the log itself", async () => {
    gateway = await startTestGateway();
    const mary = await gateway.idOf('mary.jones@example.com');
    const changed = await gateway.graphql<{ setMarketingObjection: { lastEventId: string } }>(
      'mutation { setMarketingObjection(input: { objected: true }) { lastEventId } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    const dpo = await gateway.signIn('dpo@example.com');
    const record = await gateway.graphql(
      `query($subjectId: ID!, $eventId: ID!) {
        propagationStatus(subjectId: $subjectId) { systemKey }
        propagationProof(eventId: $eventId) { systemKey }
        verifyLedger(subjectId: $subjectId) { valid }
        staffReadLog(subjectId: $subjectId) { edges { node { what } } }
      }`,
      { subjectId: mary, eventId: changed.data?.setMarketingObjection.lastEventId },
      { token: dpo },
    );
    expect(record.errors).toBeUndefined();
    const log = await gateway.graphql<{ staffReadLog: { edges: { node: { subjectId: string; what: string } }[] } }>(
      '{ staffReadLog { edges { node { subjectId what } } } }',
      {},
      { token: dpo },
    );
    expect(log.data?.staffReadLog.edges.map((edge) => edge.node.what).sort()).toEqual([
      'propagationProof',
      'propagationStatus',
      'staffReadLog',
      'verifyLedger',
    ]);
    expect(new Set(log.data?.staffReadLog.edges.map((edge) => edge.node.subjectId))).toEqual(new Set([mary]));
    // Mary reading her own proof is no staff read.
    await gateway.graphql(
      'query($eventId: ID!) { propagationProof(eventId: $eventId) { systemKey } propagationStatus { systemKey } }',
      { eventId: changed.data?.setMarketingObjection.lastEventId },
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    const after = await gateway.graphql<{ staffReadLog: { edges: unknown[] } }>(
      '{ staffReadLog { edges { cursor } } }',
      {},
      { token: dpo },
    );
    expect(after.data?.staffReadLog.edges).toHaveLength(4);
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
