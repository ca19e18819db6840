import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  startTestGateway,
  startWebhookReceiver,
  type TestGateway,
  type WebhookReceiver,
} from '../../test-support/index.js';
import { maxAttempts, scheduleSpanMs } from './retry-schedule.js';
import { signWebhook } from './webhook-signer.js';

const mary = 'mary.jones@example.com';
const register = `mutation($input: RegisterDownstreamSystemInput!) {
  registerDownstreamSystem(input: $input) { apiKey webhookSecret system { id key } }
}`;
const feed = `query($after: String, $first: Int) {
  decisionFeed(after: $after, first: $first) {
    edges { cursor node { id sequence purpose channel decision allowed subject { id kind phoneNumber } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const proof = `query($eventId: ID!) {
  propagationProof(eventId: $eventId) { systemKey attempts deliveredAt acknowledgedAt failedAt lastError }
}`;

let gateway: TestGateway;
let receiver: WebhookReceiver;
afterEach(async () => {
  await receiver?.stop();
  await gateway?.stop();
});

interface Registered {
  apiKey: string;
  webhookSecret: string;
  system: { id: string; key: string };
}

async function registerSystem(key: string, purposes: string[], webhook = true): Promise<Registered> {
  const response = await gateway.graphql<{ registerDownstreamSystem: Registered }>(
    register,
    { input: { key, name: key, purposes, webhookUrl: webhook ? `${receiver.url}/${key}` : null } },
    { token: await gateway.signIn('dpo@example.com') },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.registerDownstreamSystem;
}

async function object(token: string, objected: boolean, channel: string | null = null): Promise<string> {
  const response = await gateway.graphql<{ setMarketingObjection: { lastEventId: string } }>(
    operations.setMarketingObjection,
    { input: { objected, channel } },
    { token },
  );
  return response.data?.setMarketingObjection.lastEventId as string;
}

async function setup() {
  gateway = await startTestGateway();
  receiver = await startWebhookReceiver();
  return gateway.signIn(mary);
}

describe('webhooks', () => {
  it('delivers a change signed per Standard Webhooks, verifiable with the reference library', async () => {
    const token = await setup();
    const system = await registerSystem('campaign-tool', ['direct-marketing']);
    const eventId = await object(token, true);
    await gateway.relay.runOnce();
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const message = new Webhook(system.webhookSecret).verify(
      request?.body ?? '',
      request?.headers as Record<string, string>,
    );
    expect(message).toMatchObject({
      type: 'preference.changed',
      data: {
        eventId,
        purpose: 'direct-marketing',
        decision: 'objected',
        allowed: false,
        subjectId: await gateway.idOf(mary),
      },
    });
    expect(request?.headers['webhook-id']).toBe(eventId);
  });

  it('fails verification of a tampered body and of an old timestamp', async () => {
    const token = await setup();
    const system = await registerSystem('campaign-tool', ['direct-marketing']);
    await object(token, true);
    await gateway.relay.runOnce();
    const [request] = receiver.received;
    const verifier = new Webhook(system.webhookSecret);
    const headers = request?.headers as Record<string, string>;
    expect(() => verifier.verify((request?.body ?? '').replace('objected', 'granted'), headers)).toThrow();
    const old = signWebhook(system.webhookSecret, 'evt', request?.body ?? '', new Date(Date.now() - 10 * 60_000));
    expect(() => verifier.verify(old.body, old.headers)).toThrow(/too old/i);
  });

  it('retries a receiver that answers 500, and the event is acknowledged once', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push(500);
    const eventId = await object(token, true);
    await gateway.relay.runOnce();
    const dpo = await gateway.signIn('dpo@example.com');
    const failedOnce = await gateway.graphql<{ propagationProof: Record<string, unknown>[] }>(
      proof,
      { eventId },
      { token: dpo },
    );
    expect(failedOnce.data?.propagationProof).toEqual([
      {
        systemKey: 'campaign-tool',
        attempts: 1,
        deliveredAt: null,
        acknowledgedAt: null,
        failedAt: null,
        lastError: 'HTTP 500',
      },
    ]);
    await gateway.relay.runOnce();
    expect(receiver.received).toHaveLength(1);
    gateway.clock.advance(10_000); // past the first retry delay, 5 s ± 20%
    await gateway.relay.runOnce();
    await gateway.relay.runOnce();
    expect(receiver.received).toHaveLength(2);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));
    const delivered = await gateway.graphql<{ propagationProof: Record<string, unknown>[] }>(
      proof,
      { eventId },
      { token },
    );
    expect(delivered.data?.propagationProof).toEqual([
      {
        systemKey: 'campaign-tool',
        attempts: 2,
        deliveredAt: gateway.clock.now().toISOString(),
        acknowledgedAt: expect.any(String),
        failedAt: null,
        lastError: null,
      },
    ]);
  });

  it('loses nothing when the relay dies during a delivery; the repeat carries the same webhook-id', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push('hang');
    const eventId = await object(token, true);
    const dying = gateway.newRelay({ timeoutMs: 200 });
    await dying.runOnce();
    expect(receiver.received).toHaveLength(1);
    // Another gateway's relay takes over once the lease of the first has run out.
    const other = gateway.newRelay();
    await other.runOnce();
    expect(receiver.received).toHaveLength(1);
    gateway.clock.advance(10 * 60_000);
    await other.runOnce();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId]);
  });

  it('delivers each change exactly once per system with two gateways relaying at the same time', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    await registerSystem('ad-platform', ['direct-marketing']);
    const channels = ['phone', 'sms', 'email', 'post', 'web-popup'];
    await Promise.all(
      Array.from({ length: 40 }, (_, index) => object(token, index % 3 === 0, channels[index % channels.length])),
    );
    const [written] = await gateway.dataSource.query('SELECT count(*)::int AS events FROM outbox_event');
    const [one, other] = [gateway.newRelay(), gateway.newRelay()];
    // One event per subject and system is in flight at a time: pass until neither relay finds work.
    while ((await Promise.all([one.runOnce(), other.runOnce()])).some((work) => work > 0)) {
      expect(receiver.received.length).toBeLessThanOrEqual(written.events * 2);
    }
    const received = receiver.received.map((r) => `${r.path} ${r.headers['webhook-id']}`);
    expect(new Set(received).size).toBe(received.length);
    expect(received).toHaveLength(written.events * 2);
  });

  it("answers an unknown event and another family's event word for word alike", async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    const theirs = await object(await gateway.signIn('anna.peeters@example.com'), true);
    const strip = (response: { errors?: { message: string; extensions?: unknown }[] }) =>
      response.errors?.map(({ message, extensions }) => ({ message, extensions }));
    const unknown = await gateway.graphql(proof, { eventId: '5b0a4f6e-6a4e-4d6f-9d0e-2a3b4c5d6e7f' }, { token });
    const another = await gateway.graphql(proof, { eventId: theirs }, { token });
    expect(strip(unknown)).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })]);
    expect(strip(another)).toEqual(strip(unknown));
  });

  it('listens again when its LISTEN connection is cut, and the next commit wakes it without a poll', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    const relay = gateway.newRelay({ pollIntervalMs: 3_600_000 });
    await relay.start();
    try {
      const listening = async () =>
        gateway.ownerQuery<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN privacy_outbox'",
        );
      const [first] = await listening();
      await gateway.ownerQuery('SELECT pg_terminate_backend($1)', [first?.pid]);
      for (let tries = 0; tries < 200; tries++) {
        const now = await listening();
        if (now.length === 1 && now[0]?.pid !== first?.pid) break;
        await new Promise((resume) => setTimeout(resume, 25));
      }
      const eventId = await object(token, true);
      for (let tries = 0; tries < 200 && receiver.received.length === 0; tries++) {
        await new Promise((resume) => setTimeout(resume, 25));
      }
      expect(receiver.received.map((request) => request.headers['webhook-id'])).toEqual([eventId]);
    } finally {
      await relay.stop();
    }
  });

  it("shows per system where a subject's changes stand", async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push(500);
    await object(token, true);
    await object(token, true, 'sms');
    await gateway.relay.runOnce();
    const status = await gateway.graphql(
      '{ propagationStatus { systemKey acknowledged pending failed } }',
      {},
      { token },
    );
    expect(status.data).toEqual({
      propagationStatus: [{ systemKey: 'campaign-tool', acknowledged: 0, pending: 2, failed: 0 }],
    });
    gateway.clock.advance(10_000);
    await gateway.relay.runOnce();
    await gateway.relay.runOnce();
    const after = await gateway.graphql('{ propagationStatus { systemKey acknowledged pending } }', {}, { token });
    expect(after.data).toEqual({ propagationStatus: [{ systemKey: 'campaign-tool', acknowledged: 2, pending: 0 }] });
  });

  it('keeps the order per subject: the next event waits until the previous one is acknowledged, across restarts', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push(503);
    const first = await object(token, true);
    const second = await object(token, false);
    await gateway.relay.runOnce();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([first]);
    const restarted = gateway.newRelay();
    gateway.clock.advance(10_000);
    await restarted.runOnce();
    await restarted.runOnce();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([first, first, second]);
  });

  it('tells every system of a rectification, whatever its purposes', async () => {
    const token = await setup();
    await registerSystem('ad-platform', ['web-personalized-ads']);
    await gateway.graphql(
      'mutation { updateMyContactDetails(input: { firstName: "Marie" }) { firstName } }',
      {},
      { token },
    );
    await gateway.relay.runOnce();
    expect(receiver.received.map((r) => JSON.parse(r.body))).toEqual([
      expect.objectContaining({
        type: 'subject.rectified',
        data: expect.objectContaining({ subjectId: await gateway.idOf(mary) }),
      }),
    ]);
  });

  it('never sends a system purposes it is not scoped to', async () => {
    const token = await setup();
    await registerSystem('ad-platform', ['web-personalized-ads']);
    await object(token, true);
    await gateway.graphql(operations.grantConsent, { input: { purpose: 'web-personalized-ads' } }, { token });
    await gateway.relay.runOnce();
    const purposes = receiver.received.map((r) => JSON.parse(r.body).data.purpose);
    expect(purposes).toEqual(['web-personalized-ads']);
  });

  it('gives up after the retry schedule, which spans more than 24 hours, and lists the failure until replayed', async () => {
    expect(scheduleSpanMs()).toBeGreaterThan(24 * 3_600_000);
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push(...Array.from({ length: maxAttempts }, () => 500));
    const eventId = await object(token, true);
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      await gateway.relay.runOnce();
      gateway.clock.advance(13 * 3_600_000);
    }
    expect(receiver.received).toHaveLength(maxAttempts);
    const dpo = await gateway.signIn('dpo@example.com');
    const failed = await gateway.graphql<{
      failedDeliveries: { edges: { node: { eventId: string; attempts: number } }[] };
    }>('{ failedDeliveries { edges { node { eventId attempts systemKey } } } }', {}, { token: dpo });
    expect(failed.data?.failedDeliveries.edges.map((edge) => edge.node)).toEqual([
      { eventId, attempts: maxAttempts, systemKey: 'campaign-tool' },
    ]);
    const replayed = await gateway.graphql(
      'mutation($id: ID) { replayDeliveries(eventId: $id) }',
      { id: eventId },
      { token: dpo },
    );
    expect(replayed).toMatchObject({ data: { replayDeliveries: 1 } });
    await gateway.relay.runOnce();
    expect(receiver.received).toHaveLength(maxAttempts + 1);
    const lag = await gateway.graphql<{
      propagationLag: { systemKey: string; unacknowledged: number; failed: number }[];
    }>('{ propagationLag { systemKey unacknowledged failed } }', {}, { token: dpo });
    expect(lag.data?.propagationLag).toContainEqual({ systemKey: 'campaign-tool', unacknowledged: 0, failed: 0 });
  });
});

describe('deliveries as proof (Standard Webhooks semantics)', () => {
  const history = `query($eventId: ID!) {
    propagationProof(eventId: $eventId) { attempts deliveredAt acknowledgedAt failedAt history { statusCode outcome } }
  }`;

  it('disables an endpoint that answers 410 Gone, tells the office, loses nothing and resumes when its URL is set again', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push(410);
    const first = await object(token, true);
    const second = await object(token, false);
    await gateway.relay.runOnce();
    gateway.clock.advance(3_600_000);
    await gateway.relay.runOnce();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([first]);
    const dpo = await gateway.signIn('dpo@example.com');
    const systems = await gateway.graphql<{ downstreamSystems: { key: string; webhookDisabledAt: string | null }[] }>(
      '{ downstreamSystems { key webhookDisabledAt webhookDisabledReason } }',
      {},
      { token: dpo },
    );
    expect(systems.data?.downstreamSystems).toEqual([
      {
        key: 'campaign-tool',
        webhookDisabledAt: expect.any(String),
        webhookDisabledReason: `${receiver.url}/campaign-tool answered 410 Gone`,
      },
    ]);
    const alert = (await gateway.outbox()).find((message) => message.to === 'dpo@example.com' && message.subject);
    expect(alert?.subject).toBe('Webhook of campaign-tool disabled');

    await gateway.graphql(
      'mutation($input: UpdateDownstreamSystemInput!) { updateDownstreamSystem(input: $input) { key } }',
      { input: { key: 'campaign-tool', webhookUrl: `${receiver.url}/campaign-tool` } },
      { token: dpo },
    );
    await gateway.relay.runOnce();
    await gateway.relay.runOnce();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([first, first, second]);
    const proofOfFirst = await gateway.graphql(history, { eventId: first }, { token: dpo });
    expect(proofOfFirst.data).toEqual({
      propagationProof: [
        {
          attempts: 2,
          deliveredAt: expect.any(String),
          acknowledgedAt: expect.any(String),
          failedAt: null,
          history: [
            { statusCode: 410, outcome: 'ENDPOINT_GONE' },
            { statusCode: 200, outcome: 'ACKNOWLEDGED' },
          ],
        },
      ],
    });
  });

  it('parks a message the receiver refuses with a 4xx after a few attempts, and retries a 429 on the schedule', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    receiver.answers.push(400, 422, 400, 429);
    const refused = await object(token, true);
    for (let attempt = 0; attempt < 4; attempt++) {
      await gateway.relay.runOnce();
      gateway.clock.advance(13 * 3_600_000);
    }
    const dpo = await gateway.signIn('dpo@example.com');
    const proofOfRefused = await gateway.graphql(history, { eventId: refused }, { token: dpo });
    expect(proofOfRefused.data).toEqual({
      propagationProof: [
        {
          attempts: 3,
          deliveredAt: null,
          acknowledgedAt: null,
          failedAt: expect.any(String),
          history: [
            { statusCode: 400, outcome: 'RETRY' },
            { statusCode: 422, outcome: 'RETRY' },
            { statusCode: 400, outcome: 'PARKED' },
          ],
        },
      ],
    });
    const other = await gateway.graphql<{ setMarketingObjection: { lastEventId: string } }>(
      operations.setMarketingObjection,
      { input: { objected: true } },
      { token: await gateway.signIn('tracy.smith@example.com') },
    );
    const throttled = other.data?.setMarketingObjection.lastEventId as string;
    await gateway.relay.runOnce();
    gateway.clock.advance(10_000);
    await gateway.relay.runOnce();
    const proofOfThrottled = await gateway.graphql(history, { eventId: throttled }, { token: dpo });
    expect(proofOfThrottled.data).toMatchObject({
      propagationProof: [{ failedAt: null, history: [{ statusCode: 429, outcome: 'RETRY' }, { statusCode: 200 }] }],
    });
  });

  it('keeps the first acknowledgement and every earlier attempt when a delivery is replayed', async () => {
    const token = await setup();
    await registerSystem('campaign-tool', ['direct-marketing']);
    const eventId = await object(token, true);
    await gateway.relay.runOnce();
    const dpo = await gateway.signIn('dpo@example.com');
    const before = await gateway.graphql<{ propagationProof: { acknowledgedAt: string }[] }>(
      history,
      { eventId },
      { token: dpo },
    );
    gateway.clock.advance(3_600_000);
    receiver.answers.push(503);
    const office = await gateway.signIn('dpo@example.com');
    const replayed = await gateway.graphql(
      'mutation($id: ID) { replayDeliveries(eventId: $id) }',
      { id: eventId },
      { token: office },
    );
    expect(replayed).toMatchObject({ data: { replayDeliveries: 1 } });
    await gateway.relay.runOnce();
    gateway.clock.advance(10_000);
    await gateway.relay.runOnce();
    expect(receiver.received).toHaveLength(3);
    const after = await gateway.graphql(history, { eventId }, { token: office });
    expect(after.data).toEqual({
      propagationProof: [
        {
          attempts: 3,
          deliveredAt: before.data?.propagationProof[0]?.acknowledgedAt,
          acknowledgedAt: before.data?.propagationProof[0]?.acknowledgedAt,
          failedAt: null,
          history: [
            { statusCode: 200, outcome: 'ACKNOWLEDGED' },
            { statusCode: 503, outcome: 'RETRY' },
            { statusCode: 200, outcome: 'ACKNOWLEDGED' },
          ],
        },
      ],
    });
  });
});

describe('the pull feed', () => {
  it('lets a system read its purposes from any cursor and acknowledge what it applied', async () => {
    const token = await setup();
    const system = await registerSystem('directory', ['location-reporting'], false);
    const line = await gateway.idOf('+32470000002');
    for (const optedOut of [true, false, true]) {
      await gateway.graphql(operations.setLocationReportingOptOut, { input: { optedOut, subjectId: line } }, { token });
    }
    await object(token, true);
    type Feed = {
      decisionFeed: {
        edges: {
          cursor: string;
          node: { id: string; sequence: number; allowed: boolean; subject: { phoneNumber: string } };
        }[];
        pageInfo: { endCursor: string };
      };
    };
    const page = await gateway.graphql<Feed>(feed, { first: 2 }, { token: system.apiKey });
    const edges = page.data?.decisionFeed.edges ?? [];
    expect(edges.map((e) => [e.node.sequence, e.node.allowed, e.node.subject.phoneNumber])).toEqual([
      [1, false, '+32470000002'],
      [2, true, '+32470000002'],
    ]);
    const rest = await gateway.graphql<Feed>(
      feed,
      { after: page.data?.decisionFeed.pageInfo.endCursor },
      { token: system.apiKey },
    );
    expect(rest.data?.decisionFeed.edges.map((e) => e.node.sequence)).toEqual([3]);
    const replay = await gateway.graphql<Feed>(feed, { after: edges[0]?.cursor }, { token: system.apiKey });
    expect(replay.data?.decisionFeed.edges.map((e) => e.node.sequence)).toEqual([2, 3]);

    const acknowledged = await gateway.graphql(
      'mutation($ids: [ID!]!) { acknowledgeDecisions(eventIds: $ids) }',
      { ids: [...edges.map((e) => e.node.id), await object(token, false)] },
      { token: system.apiKey },
    );
    expect(acknowledged.data).toEqual({ acknowledgeDecisions: 2 });
    const delivered = await gateway.graphql<{
      propagationProof: { systemKey: string; acknowledgedAt: string | null }[];
    }>(proof, { eventId: edges[0]?.node.id }, { token });
    expect(delivered.data?.propagationProof).toEqual([
      expect.objectContaining({ systemKey: 'directory', acknowledgedAt: expect.any(String) }),
    ]);
  });

  it('refuses a person token, an unknown key and a rotated key', async () => {
    const token = await setup();
    const system = await registerSystem('directory', ['directory-listing'], false);
    expect((await gateway.graphql(feed, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gateway.graphql(feed, {}, { token: 'pxk_unknown' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await gateway.graphql(
      'mutation { rotateDownstreamCredentials(key: "directory") { apiKey } }',
      {},
      {
        token: await gateway.signIn('dpo@example.com'),
      },
    );
    expect((await gateway.graphql(feed, {}, { token: system.apiKey })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a system call nothing but its feed', async () => {
    await setup();
    const system = await registerSystem('directory', ['directory-listing'], false);
    const response = await gateway.graphql(operations.privacyPreferences, {}, { token: system.apiKey });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('managing downstream systems', () => {
  it.each([
    ['an unknown purpose', { key: 'x-tool', name: 'X', purposes: ['telepathy'] }, 'BAD_USER_INPUT'],
    ['a malformed key', { key: 'X Tool', name: 'X', purposes: [] }, 'BAD_USER_INPUT'],
    [
      'a webhook that is not http',
      { key: 'x-tool', name: 'X', purposes: [], webhookUrl: 'ftp://x.example' },
      'BAD_USER_INPUT',
    ],
  ])('refuses %s', async (_name, input, code) => {
    await setup();
    const response = await gateway.graphql(register, { input }, { token: await gateway.signIn('dpo@example.com') });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('is for the data protection office only', async () => {
    const token = await setup();
    const response = await gateway.graphql(register, { input: { key: 'x-tool', name: 'X', purposes: [] } }, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
