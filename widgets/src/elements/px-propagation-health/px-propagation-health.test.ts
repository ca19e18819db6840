import type { WebhookReceiver } from '@proximus-privacy/gateway/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  registerCampaignTool,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const health = 'px-propagation-health';

describe('px-propagation-health', () => {
  const fixture = useWidgetsFixture();
  let receiver: WebhookReceiver | undefined;
  afterEach(() => receiver?.stop());

  /** A campaign tool whose webhook answers 500 to every retry, until its delivery of Mary's objection is parked. */
  async function aParkedDelivery(): Promise<string> {
    const { gateway } = fixture;
    receiver = await registerCampaignTool(gateway);
    receiver.answers.push(...Array.from({ length: 20 }, () => 500));
    const changed = await gateway.graphql<{ setMarketingObjection: { lastEventId: string } }>(
      'mutation { setMarketingObjection(input: { objected: true }) { lastEventId } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    for (let retry = 0; retry < 20; retry++) {
      await gateway.relay.runOnce();
      gateway.clock.advance(13 * 3_600_000);
    }
    receiver.answers.splice(0);
    return changed.data?.setMarketingObjection.lastEventId as string;
  }

  it('shows a failed delivery and sends it again from the screen; the system then acknowledges it', async () => {
    const eventId = await aParkedDelivery();
    const { page, problems } = await fixture.open('/office.html');
    await signInThroughWidget(page, fixture.gateway, 'dpo@example.com');
    const failure = page.locator(`${health} li[data-event="${eventId}"]`);
    await failure.waitFor();
    expect(await shownText(page.locator(`${health} tr[data-system="campaign-tool"] [data-testid="failed"]`))).toBe('1');
    expect(await axeViolations(page, health)).toEqual([]);

    const received = receiver?.received.length ?? 0;
    const replayed = await nextAnnouncement(page, health, () => failure.locator('button').click());
    expect(replayed).toEqual({ text: '1 delivery rescheduled.', kind: 'status' });
    await page.locator(`${health} [data-testid="no-failures"]`).waitFor();
    await fixture.gateway.relay.runOnce();
    expect(receiver?.received.length).toBe(received + 1);
    await page.locator(`${health} button.link`, { hasText: 'Refresh' }).click();
    await page
      .locator(`${health} tr[data-system="campaign-tool"] [data-testid="unacknowledged"]`, { hasText: '0' })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('rotates a system’s credentials and shows the new ones once', async () => {
    await aParkedDelivery();
    const { page, problems } = await fixture.open('/office.html');
    await signInThroughWidget(page, fixture.gateway, 'dpo@example.com');
    const rotate = page.locator(`${health} tr[data-system="campaign-tool"] button`);
    const rotated = await nextAnnouncement(page, health, () => rotate.click());
    expect(rotated.text).toBe('New credentials for Campaign tool: shown once, the old ones stopped.');
    expect(await shownText(page.locator(`${health} [data-testid="api-key"]`))).toMatch(/\S{20,}/);
    expect(problems).toEqual([]);
  });
});
