import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import {
  afterLiveStart,
  nextAnnouncement,
  recordEvents,
  signInThroughWidget,
  useWidgetsFixture,
} from '../test-support/index.js';

/** `pnpm screenshots`: the answers of issue 15 in px-data-requests (an access overview, an erasure asked to confirm), beside this file. */
const folder = fileURLToPath(new URL('./', import.meta.url));
const element = 'px-data-requests';

describe('screenshots of the answers to rights requests', () => {
  const fixture = useWidgetsFixture();

  it('shows an access request answered by the office, its overview opened', async () => {
    const { page } = await fixture.open('/widgets.html');
    await page.setViewportSize({ width: 900, height: 1400 });
    await afterLiveStart(page, () => signInThroughWidget(page, fixture.gateway, 'tracy.smith@example.com'));
    const filed = await recordEvents(page, 'px-request-filed');
    await page.locator(`${element} #type-ACCESS`).check();
    await nextAnnouncement(page, element, () => page.locator(`${element} [part="form"] button[type="submit"]`).click());
    const [detail] = (await filed()) as { requestId: string }[];
    await fixture.gateway.graphql(
      'mutation($input: RequestActionInput!) { completeRequest(input: $input) { id } }',
      { input: { requestId: detail?.requestId, note: 'Your overview is below.' } },
      { token: await fixture.gateway.signIn('dpo@example.com') },
    );
    const item = page.locator(`${element} [part="request"][data-request="${detail?.requestId}"]`);
    await item.locator('[data-testid="show-overview"]').click();
    await item.locator('[data-testid="overview"]').waitFor();
    await item.screenshot({ path: `${folder}px-data-requests-access-answer.png`, animations: 'disabled' });
  });

  it('shows the confirmation asked before an erasure, with what is kept and why', async () => {
    const { page } = await fixture.open('/widgets.html');
    await page.setViewportSize({ width: 900, height: 1400 });
    await afterLiveStart(page, () => signInThroughWidget(page, fixture.gateway, 'tracy.smith@example.com'));
    await page.locator(`${element} #type-ERASURE`).check();
    await page.locator(`${element} [part="form"] button[type="submit"]`).click();
    await page.locator(`${element} [data-testid="confirm-erasure"]`).waitFor();
    await page
      .locator(element)
      .screenshot({ path: `${folder}px-data-requests-erasure-confirmation.png`, animations: 'disabled' });
  });
});
