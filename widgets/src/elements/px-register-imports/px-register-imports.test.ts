import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const element = 'px-register-imports';
const registerFile = {
  name: 'do-not-call-me.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('+32470000002\n+32470000099\n'),
};

describe('px-register-imports', () => {
  const fixture = useWidgetsFixture();

  async function openOffice() {
    const opened = await fixture.open('/office.html');
    await signInThroughWidget(opened.page, fixture.gateway, 'dpo@example.com');
    await opened.page.locator(`${element} form[part="upload"]`).waitFor();
    return opened;
  }

  it('uploads a register file with its progress, then answers the same file again as unchanged', async () => {
    const { page, problems } = await openOffice();
    expect(await axeViolations(page, element)).toEqual([]);
    const jobs = fixture.holdBackgroundJobs();
    await page.locator(`${element} #register`).selectOption('do-not-call-me');
    await page.locator(`${element} #register-file`).setInputFiles(registerFile);
    const uploaded = await nextAnnouncement(page, element, () =>
      page.locator(`${element} form[part="upload"] button[type="submit"]`).click(),
    );
    expect(uploaded).toEqual({
      text: 'Do Not Call Me (phone numbers): the file is in, the import runs.',
      kind: 'status',
    });
    // The file was sent whole; the import it started waits, at 0 %, for the job to run.
    expect(await page.locator(`${element} [data-testid="upload-progress"]`).getAttribute('value')).toBe('100');
    const running = page.locator(`${element} tr[data-status="running"]`);
    expect(await running.locator('progress').getAttribute('value')).toBe('0');
    expect(await shownText(running)).toContain('0 of 2');
    expect(await axeViolations(page, element)).toEqual([]);

    jobs.release();
    const done = page.locator(`${element} tr[data-status="done"]`);
    await done.waitFor();
    expect(await done.locator('progress').getAttribute('value')).toBe('100');
    expect(await shownText(done)).toContain('2 of 2');

    fixture.gateway.clock.advanceMinutes(1);
    await page.locator(`${element} #register-file`).setInputFiles(registerFile);
    const again = await nextAnnouncement(page, element, () =>
      page.locator(`${element} form[part="upload"] button[type="submit"]`).click(),
    );
    expect(again.text).toBe('Do Not Call Me (phone numbers): the same file as the last import, nothing changed.');
    const statuses = await page
      .locator(`${element} [data-testid="imports"] tbody tr`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    expect(statuses).toEqual(['unchanged', 'done']);
    expect(problems).toEqual([]);
  });

  it('checks a campaign file and lists the lines that may not be used, with why', async () => {
    await fixture.gateway.graphql(
      'mutation { setMarketingObjection(input: { objected: true }) { allowed } }',
      {},
      { token: await fixture.gateway.signIn('mary.jones@example.com') },
    );
    const { page, problems } = await openOffice();
    await page.locator(`${element} #channel`).selectOption('email');
    await page.locator(`${element} #campaign-file`).setInputFiles({
      name: 'campaign.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('mary.jones@example.com\nnobody@example.org\nnot an address\n'),
    });
    const checked = await nextAnnouncement(page, element, () =>
      page.locator(`${element} form[part="campaign"] button[type="submit"]`).click(),
    );
    expect(checked).toEqual({ text: '3 lines checked, 3 may not be used.', kind: 'status' });
    const denials = await page
      .locator(`${element} [data-testid="denials"] tbody tr`)
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-line'), row.getAttribute('data-reason')]));
    expect(denials).toEqual([
      ['1', 'OBJECTION'],
      ['2', 'MISSING_CONSENT'],
      ['3', 'INVALID_IDENTIFIER'],
    ]);
    expect(await shownText(page.locator(`${element} tr[data-line="1"]`))).toContain(
      'The person objected to this marketing',
    );
    expect(await axeViolations(page, element)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
