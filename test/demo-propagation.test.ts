import { startWebhookReceiver, type WebhookReceiver } from '@proximus-privacy/gateway/test-support';
import {
  nextAnnouncement,
  type StartedWidgetsFixture,
  signInThroughWidget,
  startWidgetsFixture,
} from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('the demo host page shows which systems received a change', () => {
  let fixture: StartedWidgetsFixture | undefined;
  let receiver: WebhookReceiver | undefined;

  beforeAll(async () => {
    [fixture, receiver] = await Promise.all([startWidgetsFixture(), startWebhookReceiver()]);
    const { gateway } = fixture;
    const registered = await gateway.graphql(
      'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { system { key } } }',
      { input: { key: 'test-crm', name: 'Test CRM', purposes: ['testimonials'], webhookUrl: receiver.url } },
      { token: await gateway.signIn('dpo@example.com') },
    );
    if (!registered.data) throw new Error(`registerDownstreamSystem failed: ${JSON.stringify(registered.errors)}`);
  });

  afterAll(async () => {
    await Promise.all([fixture?.stop(), receiver?.stop()]);
  });

  it('lists a system as pending after a toggle, then acknowledged once the relay delivered its webhook', async () => {
    if (!fixture || !receiver) throw new Error('beforeAll did not finish');
    const { gateway } = fixture;
    const { page, problems } = await fixture.open('/');
    await signInThroughWidget(page, gateway, 'mary.jones@example.com');
    const testimonials = page.locator('px-privacy-center px-consent-toggle[purpose="testimonials"]');
    await testimonials.locator('[role="switch"]').waitFor();
    const crm = page.locator('#propagation-systems li[data-system="test-crm"]');

    await nextAnnouncement(page, 'px-privacy-center px-consent-toggle[purpose="testimonials"]', () =>
      testimonials.locator('[role="switch"]').click(),
    );
    // The panel subscribed to the change's propagationProgress: no system has it before the relay runs.
    await page.getByTestId('propagation-state').filter({ hasText: 'no system has it yet' }).waitFor();
    const polls = gatewayRequests(page);
    // The test's relay runs by hand. Its first delivery is answered 500: the panel shows the change pending.
    receiver.answers.push(500);
    await gateway.relay.runOnce();
    await crm.and(page.locator('[data-state="pending"]')).waitFor();
    expect(await crm.textContent()).toMatch(/^Test CRM: pending, 1 attempt, next at /);

    // The retry is due after its backoff: delivered and acknowledged.
    gateway.clock.advanceMinutes(5);
    await gateway.relay.runOnce();

    await crm.and(page.locator('[data-state="acknowledged"]')).waitFor();
    expect(await crm.textContent()).toMatch(/^Test CRM: acknowledged at /);
    // Told over the WebSocket: the panel sent no request meanwhile.
    expect(polls()).toEqual([]);
    expect(receiver.received).toHaveLength(2);
    expect(JSON.parse(receiver.received[1]?.body ?? '{}').data).toMatchObject({
      purpose: 'testimonials',
      allowed: true,
    });
    expect(await page.locator('#receiver-link').getAttribute('href')).toBe('http://localhost:4200/received');
    expect(problems).toEqual([]);
  });
});

/** The HTTP requests the page sends to the gateway's /graphql from now on. */
function gatewayRequests(page: Page): () => string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') sent.push(request.postData() ?? request.url());
  });
  return () => sent;
}
