import { startTestGateway, type TestGateway } from '@proximus-privacy/gateway/test-support';
import { type DemoServer, startDemoServer } from '@proximus-privacy/widgets/demo-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';

describe('the demo host page', () => {
  let demo: DemoServer | undefined;
  let allowing: TestGateway | undefined;
  let excluding: TestGateway | undefined;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    demo = await startDemoServer();
    [allowing, excluding, browser] = await Promise.all([
      startTestGateway({ corsOrigins: [demo.url] }),
      startTestGateway({ corsOrigins: ['https://another-host-site.example'] }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([demo?.stop(), allowing?.stop(), excluding?.stop()]);
  });

  /** Opens the page against `gateway` and returns the status line once the check has settled. */
  async function gatewayStatusShown(gateway: TestGateway): Promise<{ text: string; pageErrors: Error[] }> {
    if (!browser || !demo) throw new Error('beforeAll did not finish');
    const page = await browser.context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    try {
      await page.goto(`${demo.url}/?gateway=${encodeURIComponent(gateway.url)}`);
      const status = page.getByTestId('gateway-status');
      await status.and(page.locator(':not([data-state="checking"])')).waitFor();
      return { text: (await status.textContent())?.trim() ?? '', pageErrors };
    } finally {
      await page.close();
    }
  }

  it('shows "Gateway reachable" when the gateway allows the page origin', async () => {
    const { text, pageErrors } = await gatewayStatusShown(allowing as TestGateway);

    expect(text).toBe('Gateway reachable');
    expect(pageErrors).toEqual([]);
  });

  it('shows an error when the gateway allow-list leaves the page origin out', async () => {
    const gateway = excluding as TestGateway;
    // Without an Origin header the same gateway answers, so only the browser's CORS check can fail the page.
    expect((await gateway.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const { text, pageErrors } = await gatewayStatusShown(gateway);

    expect(text).toMatch(/^Gateway unreachable: /);
    expect(text).toContain(`CORS allow-list does not include ${demo?.url}.`);
    expect(pageErrors).toEqual([]);
  });
});
