import { afterEach, describe, expect, it } from 'vitest';
import { operations, preferenceOperations, startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

describe('GET /metrics', () => {
  it('counts requests per root field, errors by code, and reads propagation, checkpoints, the pool and jobs', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    await gateway.graphql(
      'mutation { registerDownstreamSystem(input: { key: "campaign-tool", name: "Campaigns", purposes: ["direct-marketing"], webhookUrl: "http://127.0.0.1:9/" }) { apiKey } }',
      {},
      { token: dpo },
    );
    const token = await gateway.signIn('mary.jones@example.com');
    await gateway.graphql(preferenceOperations.setMarketingObjection, { input: { objected: true } }, { token });
    await gateway.graphql(operations.startSignIn, { email: 'nobody@example.org', password: 'wrong-password-1' });
    await gateway.relay.runOnce();
    await gateway.checkpointer.runOnce();

    const response = await fetch(`${gateway.url}/metrics`);
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{field="setMarketingObjection",status="200"\} 1/);
    expect(text).toMatch(/graphql_errors_total\{code="INVALID_CREDENTIALS"\} 1/);
    expect(text).toMatch(/propagation_deliveries\{system="campaign-tool",state="failed"\} 0/);
    expect(text).toMatch(/propagation_deliveries\{system="campaign-tool",state="pending"\} 1/);
    expect(text).toMatch(/propagation_oldest_unacknowledged_seconds\{system="campaign-tool"\} \d/);
    expect(text).toMatch(/ledger_checkpoint_age_seconds \d/);
    expect(text).toMatch(/database_pool_connections\{state="open"\} \d/);
    expect(text).toMatch(/background_jobs\{queue="campaign-check",state="active"\} 0/);
  });
});
