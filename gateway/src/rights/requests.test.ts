import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, stateSnapshot, type TestGateway } from '../../test-support/index.js';

const fields = 'id type status dueAt extended overdue dueSoon assigneeId outcome filedThrough history { step note }';
const file = (mutation: string, inputType = 'FileRequestInput') =>
  `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${fields} } }`;
const act = (mutation: string) => `mutation($input: RequestActionInput!) { ${mutation}(input: $input) { ${fields} } }`;
const queue = `query($filter: RequestFilter, $first: Int, $after: String) {
  dataSubjectRequests(filter: $filter, first: $first, after: $after) { requests { id type status overdue dueSoon } nextCursor }
}`;

interface RequestAnswer {
  id: string;
  type: string;
  status: string;
  dueAt: string | null;
  extended: boolean;
  overdue: boolean;
  dueSoon: boolean;
  outcome: string | null;
  filedThrough: string;
  history: { step: string; note: string | null }[];
}

let gateway: TestGateway;
let dpoToken: string | undefined;
afterEach(async () => {
  dpoToken = undefined;
  await gateway?.stop();
});

async function fileAccess(token: string, input: Record<string, unknown> = {}): Promise<RequestAnswer> {
  const response = await gateway.graphql<{ requestDataAccess: RequestAnswer }>(
    file('requestDataAccess'),
    { input },
    { token },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.requestDataAccess;
}

async function office(mutation: string, requestId: string, note?: string) {
  dpoToken ??= await gateway.signIn('dpo@example.com');
  return gateway.graphql<Record<string, RequestAnswer>>(
    act(mutation),
    { input: { requestId, note } },
    { token: dpoToken },
  );
}

describe('filing a request', () => {
  it('counts a signed-in person as identified: the deadline runs at once', async () => {
    gateway = await startTestGateway();
    const request = await fileAccess(await gateway.signIn('mary.jones@example.com'));
    expect(request).toMatchObject({ type: 'ACCESS', status: 'IN_PROGRESS', filedThrough: 'web', extended: false });
    // Filed 22 November 2026 at 10:00 in Brussels: 30 days, end of day.
    expect(request.dueAt).toBe('2026-12-22T22:59:59.999Z');
    expect(request.history.map((h) => h.step)).toEqual(['filed', 'identity-confirmed']);
  });

  it('makes a request taken by phone wait for the identity, and runs the clock from the confirmation', async () => {
    gateway = await startTestGateway();
    const agent = await gateway.signIn('agent@example.com');
    const request = await fileAccess(agent, { subjectId: await gateway.idOf('tracy.smith@example.com') });
    expect(request).toMatchObject({ status: 'AWAITING_IDENTITY', dueAt: null, filedThrough: 'phone' });
    gateway.clock.advanceMinutes(3 * 24 * 60);
    const confirmed = await office('confirmRequesterIdentity', request.id);
    expect(confirmed.data?.confirmRequesterIdentity).toMatchObject({
      status: 'IN_PROGRESS',
      dueAt: '2026-12-25T22:59:59.999Z',
    });
  });

  it.each([
    [
      'requestRectification',
      'RectificationInput',
      { correction: 'My first name is Marie, not Mary.' },
      'RECTIFICATION',
    ],
    [
      'fileMotivatedObjection',
      'MotivatedObjectionInput',
      { processing: 'network quality studies', reason: 'I travel for work.' },
      'OBJECTION',
    ],
    [
      'requestAutomatedDecisionReview',
      'AutomatedDecisionReviewInput',
      { decision: 'credit check of 3 November' },
      'AUTOMATED_DECISION_REVIEW',
    ],
    ['requestErasure', 'FileRequestInput', {}, 'ERASURE'],
    ['requestDataExport', 'FileRequestInput', {}, 'EXPORT'],
  ])('files %s', async (mutation, inputType, input, type) => {
    gateway = await startTestGateway();
    const response = await gateway.graphql<Record<string, RequestAnswer>>(
      file(mutation, inputType),
      { input },
      {
        token: await gateway.signIn('mary.jones@example.com'),
      },
    );
    expect(response.data?.[mutation]?.type).toBe(type);
  });

  it.each([
    [
      'an objection without a reason',
      'fileMotivatedObjection',
      'MotivatedObjectionInput',
      { processing: 'x', reason: '' },
      'BAD_USER_INPUT',
    ],
    ['a request for someone else', 'requestDataAccess', 'FileRequestInput', { subjectId: 'PHILIP' }, 'FORBIDDEN'],
  ] as [string, string, string, Record<string, string>, string][])(
    'refuses %s and writes nothing',
    async (_name, mutation, inputType, input, code) => {
      gateway = await startTestGateway();
      const token = await gateway.signIn('mary.jones@example.com');
      const resolved =
        input.subjectId === 'PHILIP' ? { subjectId: await gateway.idOf('philip.smith@example.com') } : input;
      const before = await gateway.dataSource.query('SELECT count(*)::int AS n FROM data_subject_request');
      const response = await gateway.graphql(file(mutation, inputType), { input: resolved }, { token });
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(await gateway.dataSource.query('SELECT count(*)::int AS n FROM data_subject_request')).toEqual(before);
    },
  );

  it('files once for a retried idempotency key', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const first = await fileAccess(token, { idempotencyKey: 'access-1' });
    const again = await fileAccess(token, { idempotencyKey: 'access-1' });
    expect(again.id).toBe(first.id);
  });
});

describe('the life of a request', () => {
  type Setup = 'awaiting-identity' | 'in-progress' | 'awaiting-information' | 'completed' | 'rejected';
  const steps: [string, Setup, string][] = [
    ['confirmRequesterIdentity', 'awaiting-identity', 'IN_PROGRESS'],
    ['confirmRequesterIdentity', 'in-progress', 'CONFLICT'],
    ['askForInformation', 'awaiting-identity', 'AWAITING_INFORMATION'],
    ['askForInformation', 'in-progress', 'AWAITING_INFORMATION'],
    ['askForInformation', 'completed', 'CONFLICT'],
    ['recordInformationReceived', 'awaiting-information', 'IN_PROGRESS'],
    ['recordInformationReceived', 'in-progress', 'CONFLICT'],
    ['extendRequestDeadline', 'in-progress', 'IN_PROGRESS'],
    ['extendRequestDeadline', 'awaiting-identity', 'CONFLICT'],
    ['completeRequest', 'in-progress', 'COMPLETED'],
    ['completeRequest', 'awaiting-identity', 'CONFLICT'],
    ['completeRequest', 'awaiting-information', 'CONFLICT'],
    ['rejectRequest', 'awaiting-identity', 'REJECTED'],
    ['rejectRequest', 'in-progress', 'REJECTED'],
    ['rejectRequest', 'completed', 'CONFLICT'],
    ['rejectRequest', 'rejected', 'CONFLICT'],
    ['assignRequest', 'in-progress', 'IN_PROGRESS'],
    ['assignRequest', 'completed', 'CONFLICT'],
  ];

  async function requestIn(state: Setup): Promise<string> {
    dpoToken ??= await gateway.signIn('dpo@example.com');
    const agent = await gateway.signIn('agent@example.com');
    const { id } = await fileAccess(agent, { subjectId: await gateway.idOf('tracy.smith@example.com') });
    if (state === 'awaiting-identity') return id;
    await office('confirmRequesterIdentity', id);
    if (state === 'awaiting-information')
      await office('askForInformation', id, 'A copy of the front of your identity card.');
    if (state === 'completed') await office('completeRequest', id, 'Overview sent.');
    if (state === 'rejected') await office('rejectRequest', id, 'Manifestly unfounded.');
    return id;
  }

  it.each(steps)('%s from %s: %s', async (mutation, from, expected) => {
    gateway = await startTestGateway();
    const id = await requestIn(from);
    const before = await stateSnapshot(gateway.dataSource);
    const [events] = await gateway.dataSource.query('SELECT count(*)::int AS n FROM request_event');
    const response = await office(mutation, id, 'Because the file is large.');
    if (expected === 'CONFLICT') {
      expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await gateway.dataSource.query('SELECT count(*)::int AS n FROM request_event')).toEqual([events]);
      expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
    } else {
      expect(response.data?.[mutation]?.status).toBe(expected);
    }
  });

  it('stops the clock while waiting for information and tells the person by e-mail', async () => {
    gateway = await startTestGateway();
    const id = await requestIn('in-progress');
    await office('askForInformation', id, 'Which of your two addresses is right?');
    expect((await gateway.outbox())[0]).toMatchObject({ channel: 'email', to: 'tracy.smith@example.com' });
    expect((await gateway.outbox())[0]?.body).toContain('Which of your two addresses is right?');
    gateway.clock.advanceMinutes(10 * 24 * 60);
    dpoToken = undefined; // sessions end after 30 idle minutes
    const resumed = await office('recordInformationReceived', id);
    expect(resumed.data?.recordInformationReceived.dueAt).toBe('2027-01-01T22:59:59.999Z');
  });

  it('extends once, with reasons and an e-mail, only before the first deadline passes', async () => {
    gateway = await startTestGateway();
    const id = await requestIn('in-progress');
    const extended = await office('extendRequestDeadline', id, 'Your data is spread over five systems.');
    expect(extended.data?.extendRequestDeadline).toMatchObject({ extended: true, dueAt: '2027-01-21T22:59:59.999Z' });
    expect((await gateway.outbox())[0]?.body).toContain('five systems');
    expect((await office('extendRequestDeadline', id, 'Again.')).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const late = await requestIn('in-progress');
    gateway.clock.advanceMinutes(31 * 24 * 60);
    dpoToken = undefined;
    expect((await office('extendRequestDeadline', late, 'Too late.')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each(['askForInformation', 'extendRequestDeadline', 'completeRequest', 'rejectRequest'])(
    'refuses %s without a note',
    async (mutation) => {
      gateway = await startTestGateway();
      const id = await requestIn('in-progress');
      expect((await office(mutation, id)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );
});

describe('the office queue', () => {
  it('filters by status, type, overdue and due soon, and pages by cursor', async () => {
    gateway = await startTestGateway();
    const early = await fileAccess(await gateway.signIn('mary.jones@example.com'));
    gateway.clock.advanceMinutes(5 * 24 * 60);
    await gateway.graphql(
      file('requestErasure'),
      { input: {} },
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    gateway.clock.advanceMinutes(20 * 24 * 60);
    await gateway.graphql(
      file('requestDataExport'),
      { input: {} },
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    gateway.clock.advanceMinutes(6 * 24 * 60);
    // Day 31: the access request (due day 30) is overdue, the erasure (due day 35) due soon, the export not yet.
    const dpo = await gateway.signIn('dpo@example.com');
    const types = async (filter: Record<string, unknown>) => {
      const response = await gateway.graphql<{ dataSubjectRequests: { requests: { type: string }[] } }>(
        queue,
        { filter },
        { token: dpo },
      );
      return response.data?.dataSubjectRequests.requests.map((r) => r.type);
    };
    expect(await types({ overdue: true })).toEqual(['ACCESS']);
    expect(await types({ dueSoon: true })).toEqual(['ERASURE']);
    expect(await types({ type: 'EXPORT', status: 'IN_PROGRESS' })).toEqual(['EXPORT']);
    expect(await types({ dueBefore: '2026-12-29T00:00:00Z' })).toEqual(['ERASURE', 'ACCESS']);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: {
        data?: { dataSubjectRequests: { requests: { id: string }[]; nextCursor: string | null } } | null;
      } = await gateway.graphql(queue, { first: 2, after }, { token: dpo });
      seen.push(...(response.data?.dataSubjectRequests.requests.map((r) => r.id) ?? []));
      after = response.data?.dataSubjectRequests.nextCursor ?? null;
    } while (after);
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe(early.id);
  });

  it('shows a person their own requests and nobody else’s', async () => {
    gateway = await startTestGateway();
    await fileAccess(await gateway.signIn('mary.jones@example.com'));
    const philip = await gateway.graphql(
      '{ myDataSubjectRequests { id } }',
      {},
      { token: await gateway.signIn('philip.smith@example.com') },
    );
    expect(philip.data).toEqual({ myDataSubjectRequests: [] });
    const queueByCustomer = await gateway.graphql(queue, {}, { token: await gateway.signIn('mary.jones@example.com') });
    expect(queueByCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
