import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { replyFileMaxBytes } from './information-reply.types.js';

const reply = `mutation($input: InformationReplyInput!) {
  replyToInformationRequest(input: $input) { id status history { step } }
}`;
const replies = `query($requestId: ID!) {
  informationReplies(requestId: $requestId) { requestId text sentAt file { name mediaType size contentBase64 } }
}`;
/** The first bytes of a PNG, and some: enough for the type check. */
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('card front')]);

let gateway: TestGateway;
afterEach(async () => {
  await gateway?.stop();
});

/** Mary files an access request and the office asks her for the front of her identity card. */
async function askedForInformation() {
  gateway = await startTestGateway();
  const mary = await gateway.signIn('mary.jones@example.com');
  const dpo = await gateway.signIn('dpo@example.com');
  const filed = await gateway.graphql<{ requestDataAccess: { id: string } }>(
    'mutation { requestDataAccess(input: {}) { id } }',
    {},
    { token: mary },
  );
  const requestId = filed.data?.requestDataAccess.id as string;
  const asked = await gateway.graphql(
    'mutation($input: RequestActionInput!) { askForInformation(input: $input) { status } }',
    { input: { requestId, note: 'Please send the front of your identity card.' } },
    { token: dpo },
  );
  expect(asked.errors).toBeUndefined();
  return { mary, dpo, requestId };
}

async function replyCount(): Promise<number> {
  const [row] = await gateway.ownerQuery<{ n: number }>(
    `SELECT (SELECT count(*) FROM information_reply) + (SELECT count(*) FROM request_event) AS n`,
  );
  return Number(row?.n);
}

describe('replyToInformationRequest', () => {
  it('keeps the answer and the file sealed, shows the step, and lets the office read it, logged', async () => {
    const { mary, dpo, requestId } = await askedForInformation();
    const file = { name: 'id-card.png', contentBase64: png.toString('base64') };
    const answered = await gateway.graphql<{
      replyToInformationRequest: { status: string; history: { step: string }[] };
    }>(reply, { input: { requestId, text: 'Here is my card; I masked the photo.', file } }, { token: mary });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.replyToInformationRequest.status).toBe('AWAITING_INFORMATION');
    expect(answered.data?.replyToInformationRequest.history.at(-1)?.step).toBe('information-replied');

    const [stored] = await gateway.ownerQuery<{ text: Buffer; file: Buffer; media_type: string }>(
      'SELECT text, file, media_type FROM information_reply',
    );
    expect(stored?.media_type).toBe('image/png');
    expect(stored?.text.includes(Buffer.from('masked'))).toBe(false);
    expect(stored?.file.includes(Buffer.from('card front'))).toBe(false);

    const read = await gateway.graphql<{ informationReplies: unknown[] }>(replies, { requestId }, { token: dpo });
    expect(read.data?.informationReplies).toEqual([
      {
        requestId,
        text: 'Here is my card; I masked the photo.',
        sentAt: expect.any(String),
        file: { name: 'id-card.png', mediaType: 'image/png', size: png.length, contentBase64: png.toString('base64') },
      },
    ]);
    const log = await gateway.graphql<{ staffReadsOfMyData: { edges: { node: { what: string } }[] } }>(
      '{ staffReadsOfMyData { edges { node { what } } } }',
      {},
      { token: mary },
    );
    expect(log.data?.staffReadsOfMyData.edges.map((edge) => edge.node.what)).toContain('informationReplies');
  });

  it("answers another person's request word for word as an absent one, and writes nothing", async () => {
    const { requestId } = await askedForInformation();
    const tracy = await gateway.signIn('tracy.smith@example.com');
    const before = await replyCount();
    const input = (id: string) => ({ input: { requestId: id, text: 'Me too.' } });
    const notYours = await gateway.graphql(reply, input(requestId), { token: tracy });
    const absent = await gateway.graphql(reply, input('00000000-0000-4000-8000-000000000000'), { token: tracy });
    expect(notYours.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notYours).toEqual(absent);
    const readNotYours = await gateway.graphql(replies, { requestId }, { token: tracy });
    const readAbsent = await gateway.graphql(
      replies,
      { requestId: '00000000-0000-4000-8000-000000000000' },
      { token: tracy },
    );
    expect(readNotYours.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(readNotYours).toEqual(readAbsent);
    expect(await replyCount()).toBe(before);
  });

  const fileOf = (bytes: Buffer, name = 'card.png') => ({ name, contentBase64: bytes.toString('base64') });
  it.each([
    ['a text with a NUL byte', { text: 'my card\u0000' }, 'BAD_USER_INPUT', '$input.text'],
    ['a huge text', { text: 'x'.repeat(100_000) }, 'BAD_USER_INPUT', null],
    ['an empty text', { text: '   ' }, 'BAD_USER_INPUT', 'text'],
    ['a request id that is no id', { requestId: '1 OR 1=1' }, 'BAD_USER_INPUT', '$input.requestId'],
    [
      'a file that is no base64',
      { file: { name: 'card.png', contentBase64: 'not base64!' } },
      'BAD_USER_INPUT',
      'file.contentBase64',
    ],
    ['an empty file', { file: fileOf(Buffer.alloc(0)) }, 'BAD_USER_INPUT', 'file.contentBase64'],
    [
      'a file over the limit',
      { file: fileOf(Buffer.concat([png, Buffer.alloc(replyFileMaxBytes)])) },
      'BAD_USER_INPUT',
      'file.contentBase64',
    ],
    [
      'a file that is no image or PDF, whatever its name',
      { file: fileOf(Buffer.from('MZ executable'), 'card.png') },
      'BAD_USER_INPUT',
      'file.contentBase64',
    ],
    ['a file name with a NUL byte', { file: fileOf(png, 'card\u0000.png') }, 'BAD_USER_INPUT', '$input.file.name'],
  ])('refuses %s with a clear error and changes nothing', async (_case, change, code, field) => {
    const { mary, requestId } = await askedForInformation();
    const before = await replyCount();
    const answer = await gateway.graphql(reply, { input: { requestId, text: 'My card.', ...change } }, { token: mary });
    expect(answer.errors?.[0]?.extensions).toMatchObject(field ? { code, field } : { code });
    expect(answer.errors?.[0]?.message).not.toMatch(/internal/i);
    expect(await replyCount()).toBe(before);
  });

  it('refuses a reply when the office asked nothing, with CONFLICT', async () => {
    gateway = await startTestGateway();
    const mary = await gateway.signIn('mary.jones@example.com');
    const filed = await gateway.graphql<{ requestDataAccess: { id: string } }>(
      'mutation { requestDataAccess(input: {}) { id } }',
      {},
      { token: mary },
    );
    const answer = await gateway.graphql(
      reply,
      { input: { requestId: filed.data?.requestDataAccess.id, text: 'Unasked.' } },
      { token: mary },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('erases the replies and their files with the person', async () => {
    const { mary, dpo, requestId } = await askedForInformation();
    await gateway.graphql(reply, { input: { requestId, text: 'My card.', file: fileOf(png) } }, { token: mary });
    const erasure = await gateway.graphql<{ requestErasure: { id: string } }>(
      'mutation { requestErasure(input: {}) { id } }',
      {},
      { token: mary },
    );
    const erased = await gateway.graphql(
      'mutation($id: ID!) { carryOutErasure(requestId: $id) { status } }',
      { id: erasure.data?.requestErasure.id },
      { token: dpo },
    );
    expect(erased.errors).toBeUndefined();
    expect(await gateway.ownerQuery('SELECT id FROM information_reply')).toEqual([]);
    const read = await gateway.graphql<{ informationReplies: unknown[] }>(replies, { requestId }, { token: dpo });
    expect(read.data?.informationReplies).toEqual([]);
  });
});
