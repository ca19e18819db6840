import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  startTestGateway,
  startWebhookReceiver,
  type TestGateway,
  type WebhookReceiver,
} from '../../test-support/index.js';

const mary = 'mary.jones@example.com';
const gatewayFolder = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(gatewayFolder, 'node_modules/.bin/tsx');
const feed = `{ decisionFeed(first: 20) { edges { node { type subject { id } checkpoint {
  id number previousHash root subjects position signedAt keyId signature hash } } } } }`;

let gateway: TestGateway;
let receiver: WebhookReceiver | undefined;
let folder: string | undefined;
afterEach(async () => {
  await receiver?.stop();
  await gateway?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** Runs gateway/scripts/verify-checkpoint.ts on these files, as an auditor would, with the public key alone. */
async function verifyOutside(files: { checkpoint?: unknown[]; receipt?: unknown }) {
  folder ??= await mkdtemp(join(tmpdir(), 'checkpoint-'));
  const key = await gateway.graphql<{ ledgerPublicKey: { pem: string } }>('{ ledgerPublicKey { pem } }');
  const args = ['scripts/verify-checkpoint.ts', '--key', join(folder, 'key.pem')];
  await writeFile(join(folder, 'key.pem'), key.data?.ledgerPublicKey.pem ?? '');
  const named = [
    ...(files.checkpoint ?? []).map((content, index) => ['checkpoint', `checkpoint-${index}`, content]),
    ...(files.receipt ? [['receipt', 'receipt', files.receipt]] : []),
  ];
  for (const [option, name, content] of named) {
    await writeFile(join(folder, `${name}.json`), JSON.stringify(content));
    args.push(`--${option}`, join(folder, `${name}.json`));
  }
  try {
    const { stdout } = await promisify(execFile)(tsx, args, { cwd: gatewayFolder });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr) };
  }
}

async function receipt(token: string, eventId: string) {
  const response = await gateway.graphql<{ preferenceReceipt: { proof: Record<string, unknown> } }>(
    operations.preferenceReceipt,
    { eventId },
    { token },
  );
  return response.data?.preferenceReceipt as { proof: Record<string, unknown> };
}

async function objectTwice(token: string): Promise<string[]> {
  const ids: string[] = [];
  for (const objected of [true, false]) {
    const response = await gateway.graphql<{ setMarketingObjection: { lastEventId: string } }>(
      operations.setMarketingObjection,
      { input: { objected } },
      { token },
    );
    ids.push(response.data?.setMarketingObjection.lastEventId as string);
  }
  return ids;
}

describe('a checkpoint, outside the product', () => {
  it('reaches every system by webhook and feed, and verifies there with the public key alone', async () => {
    gateway = await startTestGateway();
    receiver = await startWebhookReceiver();
    const registered = await gateway.graphql<{ registerDownstreamSystem: { apiKey: string } }>(
      `mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }`,
      { input: { key: 'directory', name: 'Directory', purposes: ['directory-listing'], webhookUrl: receiver.url } },
      { token: await gateway.signIn('dpo@example.com') },
    );
    const checkpoint = await gateway.checkpointer.runOnce();
    await gateway.relay.runOnce();
    const webhook = receiver.received.map((request) => JSON.parse(request.body));
    expect(webhook).toEqual([expect.objectContaining({ type: 'ledger.checkpoint' })]);
    expect(webhook[0].data.checkpoint).toMatchObject({ number: 1, root: checkpoint?.root, hash: checkpoint?.hash });
    expect(await verifyOutside({ checkpoint: [webhook[0]] })).toEqual({
      ok: true,
      output: expect.stringMatching(/^checkpoint 1: signed by /),
    });

    const pulled = await gateway.graphql<{ decisionFeed: { edges: { node: Record<string, unknown> }[] } }>(
      feed,
      {},
      { token: registered.data?.registerDownstreamSystem.apiKey },
    );
    expect(pulled.errors).toBeUndefined();
    const node = pulled.data?.decisionFeed.edges.find((edge) => edge.node.type === 'ledger.checkpoint')?.node;
    expect(node).toMatchObject({ type: 'ledger.checkpoint', subject: null, checkpoint: { number: 1 } });
    expect((await verifyOutside({ checkpoint: [node] })).ok).toBe(true);

    for (const objected of [true, false]) {
      await gateway.graphql(
        operations.setMarketingObjection,
        { input: { objected } },
        { token: await gateway.signIn(mary) },
      );
      await gateway.checkpointer.runOnce();
    }
    await gateway.relay.runOnce();
    const [first, second, third] = receiver.received.map((request) => JSON.parse(request.body));
    expect(await verifyOutside({ checkpoint: [third, first, second] })).toEqual({
      ok: true,
      output: expect.stringContaining('checkpoints 1 to 3: linked, no gap'),
    });
    expect(await verifyOutside({ checkpoint: [first, third] })).toEqual({
      ok: false,
      output: expect.stringContaining('checkpoint 2 is missing between 1 and 3'),
    });
    const forged = { ...webhook[0].data.checkpoint, subjects: webhook[0].data.checkpoint.subjects + 1 };
    expect(await verifyOutside({ checkpoint: [forged] })).toEqual({
      ok: false,
      output: expect.stringContaining('checkpoint 1: the signature or hash does not verify with this key'),
    });
  });

  it('makes a receipt carry the proof that its event is under a signed checkpoint, once one covers it', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const [older, newer] = await objectTwice(token);
    expect((await receipt(token, older as string)).proof).toMatchObject({
      checkpoint: null,
      inclusion: null,
      checkpointStatus: 'not yet covered by a signed checkpoint',
    });
    const checkpoint = await gateway.checkpointer.runOnce();
    for (const [eventId, laterEvents] of [
      [older, 1],
      [newer, 0],
    ] as const) {
      const signed = await receipt(token, eventId as string);
      expect((signed.proof.inclusion as { laterEvents: string[] }).laterEvents).toHaveLength(laterEvents);
      expect(signed.proof).toMatchObject({ checkpoint: { number: 1 }, checkpointStatus: 'covered by checkpoint 1' });
      expect(await verifyOutside({ checkpoint: [{ checkpoint }], receipt: signed })).toEqual({
        ok: true,
        output: expect.stringMatching(/receipt .*: sequence \d is in checkpoint 1/),
      });
    }
    const forged = await receipt(token, older as string);
    const inclusion = forged.proof.inclusion as { leaf: { sequence: number } };
    inclusion.leaf.sequence += 1;
    expect(await verifyOutside({ receipt: forged })).toEqual({
      ok: false,
      output: expect.stringContaining('the chain from the event does not reach the checkpointed head'),
    });
  });
});
