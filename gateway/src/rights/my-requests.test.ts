import { afterEach, describe, expect, it } from 'vitest';
import { openLiveClient, startTestGateway, type TestGateway } from '../../test-support/index.js';

const page = `query($first: Int, $after: String) {
  myRequests(first: $first, after: $after) {
    edges { cursor node { id type } }
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
  }
}`;

interface PageAnswer {
  myRequests: {
    edges: { cursor: string; node: { id: string; type: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null };
  };
}

let gateway: TestGateway;
afterEach(async () => {
  await gateway?.stop();
});

async function fileAccessRequests(token: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    // One minute apart: newest first is a clear order.
    gateway.clock.advanceMinutes(1);
    const filed = await gateway.graphql<{ requestDataAccess: { id: string } }>(
      'mutation { requestDataAccess(input: {}) { id } }',
      {},
      { token },
    );
    ids.push(filed.data?.requestDataAccess.id as string);
  }
  return ids;
}

describe('myRequests, the connection of the person own requests', () => {
  it('pages through the requests newest first, the last page saying none follow', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const filed = (await fileAccessRequests(token, 5)).reverse();

    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const answer: { data?: PageAnswer | null } = await gateway.graphql<PageAnswer>(
        page,
        { first: 2, after },
        { token },
      );
      const connection = answer.data?.myRequests;
      if (!connection) throw new Error('no page');
      seen.push(...connection.edges.map((edge) => edge.node.id));
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      expect(connection.pageInfo.hasPreviousPage).toBe(false);
      pages.push(connection.pageInfo.hasNextPage);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(filed);
    expect(pages).toEqual([true, true, false]);
  });

  it('answers the same page as the deprecated list, which keeps working', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const filed = (await fileAccessRequests(token, 2)).reverse();
    const old = await gateway.graphql<{ myDataSubjectRequests: { id: string }[] }>(
      '{ myDataSubjectRequests { id } }',
      {},
      { token },
    );
    expect(old.data?.myDataSubjectRequests.map((request) => request.id)).toEqual(filed);
  });

  it('shows nothing of another person through their cursor: the same answer as a cursor of no request', async () => {
    gateway = await startTestGateway();
    const mary = await gateway.signIn('mary.jones@example.com');
    await fileAccessRequests(mary, 2);
    const philip = await gateway.signIn('philip.smith@example.com');
    const marys = (await gateway.graphql<PageAnswer>(page, { first: 1 }, { token: mary })).data?.myRequests;
    const cursor = marys?.pageInfo.endCursor as string;
    const [at] = Buffer.from(cursor, 'base64url').toString().slice('request:'.length).split('|');
    const noRequest = Buffer.from(`request:${at}|00000000-0000-4000-8000-000000000000`).toString('base64url');

    const withTheirs = await gateway.graphql<PageAnswer>(page, { after: cursor }, { token: philip });
    const withNone = await gateway.graphql<PageAnswer>(page, { after: noRequest }, { token: philip });
    expect(withTheirs.data?.myRequests.edges).toEqual([]);
    expect(withTheirs.data).toEqual(withNone.data);
  });

  const cursorOf = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['a cursor that is no base64 of ours', { after: 'not-a-cursor' }, 'after'],
    ['a cursor of another list', { after: cursorOf('staff-read:12') }, 'after'],
    [
      'a cursor with a date that is no date',
      { after: cursorOf('request:2026-13-45T99:00:00.000Z|00000000-0000-4000-8000-000000000000') },
      'after',
    ],
    ['a cursor with a NUL byte', { after: cursorOf('request:2026-11-22T10:00:00.000Z|\u0000') }, 'after'],
    ['a huge cursor', { after: 'A'.repeat(100_000) }, 'after'],
    ['a page of none', { first: 0 }, 'first'],
    ['a page larger than 100', { first: 101 }, 'first'],
    ['a negative page', { first: -5 }, 'first'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, variables, field) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const answer = await gateway.graphql(page, variables, { token });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.data).toBeNull();
  });
});

describe('myRequestsChanged', () => {
  it('sends the first page of myRequests at once, then again after a step', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const live = openLiveClient(gateway.url, token);
    try {
      const messages = live.subscribe<{
        myRequestsChanged: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
      }>('subscription { myRequestsChanged(first: 1) { edges { node { id } } pageInfo { hasNextPage } } }');
      expect((await messages.next(5_000)).data).toEqual({
        myRequestsChanged: { edges: [], pageInfo: { hasNextPage: false } },
      });
      const [id] = await fileAccessRequests(token, 1);
      expect((await messages.next(5_000)).data).toEqual({
        myRequestsChanged: { edges: [{ node: { id } }], pageInfo: { hasNextPage: false } },
      });
    } finally {
      await live.stop();
    }
  });

  it('refuses a page size out of range with BAD_USER_INPUT', async () => {
    gateway = await startTestGateway();
    const live = openLiveClient(gateway.url, await gateway.signIn('mary.jones@example.com'));
    try {
      const messages = live.subscribe('subscription { myRequestsChanged(first: 101) { edges { cursor } } }');
      expect((await messages.next(5_000)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      expect(await messages.ended).toEqual({});
    } finally {
      await live.stop();
    }
  });
});
