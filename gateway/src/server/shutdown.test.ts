import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDatabaseCopy, type GatewayProcess, startGatewayProcess } from '../../test-support/gateway-process.js';
import { openLiveClient } from '../../test-support/index.js';

let gateway: GatewayProcess | undefined;
afterEach(() => {
  gateway?.process.kill('SIGKILL');
});

describe('graceful shutdown', () => {
  it('answers 503 on /readyz at once on SIGTERM and finishes all 8 requests in flight', async () => {
    const running = await startGatewayProcess(await demoDatabaseCopy(), { SHUTDOWN_DELAY_SECONDS: '1' });
    gateway = running;
    const { url, exited } = running;
    const owner = running.database.owner;
    const token = await running.signIn('mary.jones@example.com');
    const object = (objected: boolean, channel: string | null) =>
      running.graphql(
        'mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { allowed } }',
        { input: { objected, channel } },
        token,
      );
    await object(true, null);

    // Hold Mary's chain head (her objection is the newest event), so that her next changes wait in flight.
    const insider = new pg.Client({ connectionString: owner });
    await insider.connect();
    await insider.query('BEGIN');
    await insider.query(
      'SELECT 1 FROM subject_chain_head WHERE subject_id = (SELECT subject_id FROM preference_event ORDER BY position DESC LIMIT 1) FOR UPDATE',
    );
    const channels = ['phone', 'sms', 'email', 'post', 'web-popup', 'phone', 'sms', 'email'];
    const inFlight = channels.map((channel, index) => object(index % 2 === 0, channel));
    // Another connection watches: inside a transaction, pg_stat_activity shows a snapshot that never moves.
    const watcher = new pg.Client({ connectionString: owner });
    await watcher.connect();
    for (let waiting = 0; waiting < 8; ) {
      const [row] = (
        await watcher.query(
          "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
      ).rows;
      waiting = row.waiting;
      await new Promise((resume) => setTimeout(resume, 50));
    }

    await watcher.end();
    running.process.kill('SIGTERM');
    let readiness = 0;
    for (let tries = 0; tries < 50 && readiness !== 503; tries++) {
      readiness = await fetch(`${url}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
    }
    expect(readiness).toBe(503);
    await insider.query('COMMIT');
    await insider.end();

    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(answers.every((answer) => answer.body.data?.setMarketingObjection)).toBe(true);
    expect(await exited).toBe(0);
    expect(
      await fetch(`${url}/healthz`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
  }, 60_000);

  it('closes the WebSockets with 1001 (going away) on SIGTERM, so clients reconnect to another gateway', async () => {
    const running = await startGatewayProcess(await demoDatabaseCopy());
    gateway = running;
    const live = openLiveClient(running.url, await running.signIn('mary.jones@example.com'));
    const messages = live.subscribe('subscription { myRequestsChanged { edges { node { id } } } }');
    expect((await messages.next(5_000)).data).toEqual({ myRequestsChanged: { edges: [] } });

    running.process.kill('SIGTERM');

    expect(await live.closed()).toEqual({ code: 1001, reason: 'Going away' });
    expect(await running.exited).toBe(0);
  }, 60_000);
});
