import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDatabaseCopy, type GatewayProcess, startGatewayProcess } from '../../test-support/gateway-process.js';
import {
  type LiveClient,
  openLiveClient,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../test-support/index.js';

let gateways: GatewayProcess[] = [];
let receiver: WebhookReceiver | undefined;
let live: LiveClient | undefined;
afterEach(async () => {
  await live?.stop();
  live = undefined;
  for (const gateway of gateways) gateway.process.kill('SIGKILL');
  gateways = [];
  await receiver?.stop();
});

async function changesInOutbox(ownerUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS changes FROM outbox_event WHERE payload->>'purpose' = 'direct-marketing'",
    );
    return rows[0].changes;
  } finally {
    await client.end();
  }
}

describe('two gateway processes on one database', () => {
  it('deliver every change made through either of them exactly once to each system', async () => {
    const database = await demoDatabaseCopy();
    gateways = await Promise.all([startGatewayProcess(database), startGatewayProcess(database)]);
    const [one, other] = gateways as [GatewayProcess, GatewayProcess];
    receiver = await startWebhookReceiver();
    const dpo = await one.signIn('dpo@example.com');
    for (const key of ['campaign-tool', 'ad-platform']) {
      const registered = await other.graphql(
        'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
        { input: { key, name: key, purposes: ['direct-marketing'], webhookUrl: `${receiver.url}/${key}` } },
        dpo,
      );
      expect(registered.body.errors).toBeUndefined();
    }
    const people = ['mary.jones@example.com', 'philip.smith@example.com', 'tracy.smith@example.com'];
    // One after another: each sign-in reads the newest code of the shared dev outbox.
    const tokens: string[] = [];
    for (const email of people) tokens.push(await one.signIn(email));
    const channels = ['phone', 'sms', 'email', 'post', 'web-popup'];
    const changes = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        (index % 2 === 0 ? one : other).graphql(
          'mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { allowed } }',
          { input: { objected: index % 4 < 2, channel: channels[index % channels.length] } },
          tokens[index % tokens.length],
        ),
      ),
    );
    expect(changes.map((change) => change.body.errors ?? null)).toEqual(Array(30).fill(null));

    const written = await changesInOutbox(database.owner);
    expect(written).toBeGreaterThan(10);
    // Both relays run as in production (NOTIFY and a 1 s poll): wait until the receiver has all.
    for (let tries = 0; tries < 400 && receiver.received.length < written * 2; tries++) {
      await new Promise((resume) => setTimeout(resume, 25));
    }
    await new Promise((resume) => setTimeout(resume, 1_500));
    const received = receiver.received.map((request) => `${request.path} ${request.headers['webhook-id']}`);
    expect(new Set(received).size).toBe(received.length);
    expect(received).toHaveLength(written * 2);
  }, 90_000);

  it('tell a subscriber on one of them of a change made through the other within 1 s', async () => {
    const database = await demoDatabaseCopy();
    gateways = await Promise.all([startGatewayProcess(database), startGatewayProcess(database)]);
    const [one, other] = gateways as [GatewayProcess, GatewayProcess];
    const watching = await other.signIn('mary.jones@example.com');
    const changing = await one.signIn('mary.jones@example.com');
    live = openLiveClient(other.url, watching);
    const messages = live.subscribe<{
      myPreferencesChanged: { purposes: { allowed: boolean; purpose: { key: string } }[] };
    }>('subscription { myPreferencesChanged { purposes { allowed purpose { key } } } }');
    const testimonials = (message: Awaited<ReturnType<typeof messages.next>>) =>
      message.data?.myPreferencesChanged.purposes.find((state) => state.purpose.key === 'testimonials')?.allowed;
    expect(testimonials(await messages.next(5_000))).toBe(false);

    const granted = await one.graphql(
      'mutation($input: ConsentInput!) { grantConsent(input: $input) { allowed } }',
      { input: { purpose: 'testimonials', textVersion: 1, language: 'en' } },
      changing,
    );
    expect(granted.body.errors).toBeUndefined();

    expect(testimonials(await messages.next(1_000))).toBe(true);
  }, 90_000);
});
