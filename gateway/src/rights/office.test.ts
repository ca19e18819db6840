import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

const queue = `{ dataSubjectRequests { edges { node { type subjectId subjectName assigneeName allowedSteps } } } }`;
const oneRequest = `query($id: ID!) { dataSubjectRequest(id: $id) { id status subjectName allowedSteps } }`;
const readLog = '{ staffReadLog { edges { node { subjectId what } } } }';

async function file(token: string, mutation = 'requestDataAccess'): Promise<string> {
  const filed = await gateway.graphql<Record<string, { id: string }>>(
    `mutation { ${mutation}(input: {}) { id } }`,
    {},
    { token },
  );
  expect(filed.errors).toBeUndefined();
  return filed.data?.[mutation]?.id as string;
}

describe('the office queue and one request', () => {
  it("shows the person's and the assignee's names, the steps allowed, and logs the read of every subject on the page", async () => {
    gateway = await startTestGateway();
    const mary = await gateway.idOf('mary.jones@example.com');
    const id = await file(await gateway.signIn('mary.jones@example.com'));
    const dpo = await gateway.signIn('dpo@example.com');
    await gateway.graphql(
      'mutation($id: ID!) { assignRequest(input: { requestId: $id }) { id } }',
      { id },
      { token: dpo },
    );

    const read = await gateway.graphql<{ dataSubjectRequests: { edges: { node: unknown }[] } }>(
      queue,
      {},
      { token: dpo },
    );
    expect(read.data?.dataSubjectRequests.edges.map((edge) => edge.node)).toEqual([
      {
        type: 'ACCESS',
        subjectId: mary,
        subjectName: 'Mary Jones',
        assigneeName: 'Dana Data',
        allowedSteps: ['ASSIGN', 'ASK_INFORMATION', 'EXTEND', 'COMPLETE', 'REJECT'],
      },
    ]);
    const log = await gateway.graphql<{ staffReadLog: { edges: { node: unknown }[] } }>(readLog, {}, { token: dpo });
    expect(log.data?.staffReadLog.edges.map((edge) => edge.node)).toEqual([
      { subjectId: mary, what: 'dataSubjectRequests' },
    ]);
  });

  it('reads one request for the office, logged, and answers an unknown one with NOT_FOUND', async () => {
    gateway = await startTestGateway();
    const id = await file(await gateway.signIn('mary.jones@example.com'), 'requestErasure');
    const dpo = await gateway.signIn('dpo@example.com');
    const read = await gateway.graphql(oneRequest, { id }, { token: dpo });
    expect(read.data).toEqual({
      dataSubjectRequest: {
        id,
        status: 'IN_PROGRESS',
        subjectName: 'Mary Jones',
        allowedSteps: ['ASSIGN', 'ASK_INFORMATION', 'EXTEND', 'CARRY_OUT_ERASURE', 'REJECT'],
      },
    });
    const log = await gateway.graphql<{ staffReadLog: { edges: { node: { what: string } }[] } }>(
      readLog,
      {},
      {
        token: dpo,
      },
    );
    expect(log.data?.staffReadLog.edges.map((edge) => edge.node.what)).toEqual(['dataSubjectRequest']);
    const unknown = await gateway.graphql(oneRequest, { id: '00000000-0000-4000-8000-000000000000' }, { token: dpo });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const agent = await gateway.graphql(oneRequest, { id }, { token: await gateway.signIn('agent@example.com') });
    expect(agent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('previews what an erasure erases and keeps, and the answer each closing step gives', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    const preview = await gateway.graphql<{
      erasurePreview: { erased: string[]; kept: { what: string; reason: string }[]; answer: string };
    }>('{ erasurePreview { erased kept { what reason } answer } }', {}, { token: dpo });
    expect(preview.data?.erasurePreview.erased).toContain(
      'your data keys, so that no copy in our backups can be read again',
    );
    expect(preview.data?.erasurePreview.kept).toContainEqual({
      what: 'your bills',
      reason: 'tax and accounting law makes us keep bills for 10 years',
    });
    expect(preview.data?.erasurePreview.answer).toMatch(/^Erased: .* Kept: /);
    const answer = async (step: string, note: string, upheld = false) =>
      (
        await gateway.graphql<{ officeAnswerPreview: string | null }>(
          'query($step: OfficeStep!, $note: String!, $upheld: Boolean!) { officeAnswerPreview(step: $step, note: $note, upheld: $upheld) }',
          { step, note, upheld },
          { token: dpo },
        )
      ).data?.officeAnswerPreview;
    expect(await answer('COMPLETE', ' Here is your overview. ')).toBe('Here is your overview.');
    expect(await answer('DECIDE_OBJECTION', 'Upheld: source protection.', true)).toBe('Upheld: source protection.');
    expect(await answer('CARRY_OUT_ERASURE', '')).toBe(preview.data?.erasurePreview.answer);
    expect(await answer('ASSIGN', 'Mine.')).toBeNull();
  });
});

describe('the proof of an erased person', () => {
  it('stays open to the office through the pseudonymous id the request links, and to no one else', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: true } }, { token });
    const id = await file(token, 'requestErasure');
    const dpo = await gateway.signIn('dpo@example.com');
    const erased = await gateway.graphql(
      'mutation($id: ID!) { carryOutErasure(requestId: $id) { id } }',
      { id },
      {
        token: dpo,
      },
    );
    expect(erased.errors).toBeUndefined();

    const request = await gateway.graphql<{
      dataSubjectRequest: { subjectId: string; subjectName: string | null; allowedSteps: string[] };
    }>(
      'query($id: ID!) { dataSubjectRequest(id: $id) { subjectId subjectName allowedSteps } }',
      { id },
      { token: dpo },
    );
    const subjectId = request.data?.dataSubjectRequest.subjectId as string;
    expect(request.data?.dataSubjectRequest).toEqual({ subjectId, subjectName: null, allowedSteps: [] });

    const history = await gateway.graphql<{
      preferenceHistory: { edges: { node: { purpose: string; allowed: boolean } }[] };
    }>(operations.preferenceHistory, { subjectId }, { token: dpo });
    expect(history.errors).toBeUndefined();
    expect(history.data?.preferenceHistory.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ allowed: false }),
    ]);
    const status = await gateway.graphql(
      'query($id: ID!) { propagationStatus(subjectId: $id) { systemKey } }',
      {
        id: subjectId,
      },
      { token: dpo },
    );
    expect(status.errors).toBeUndefined();
    const agent = await gateway.graphql(
      operations.preferenceHistory,
      { subjectId },
      {
        token: await gateway.signIn('agent@example.com'),
      },
    );
    expect(agent.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
