import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, installed by `scripts/ensure-chromium.mjs`: test tools cannot download their own browser here. */
export const chromiumPath = '/usr/bin/chromium';

const chromiumArguments = [
  '--headless',
  // Root cannot use Chromium's sandbox; the pages are the project's own, on loopback.
  '--no-sandbox',
  '--disable-gpu',
  // Chromium's background calls to Google's services are refused by the closed network, noisily; these turn them off.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  /** A fresh profile: no cache, cookies or storage carried from another test file. */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Real Chromium through playwright-core, with its own empty user data directory, removed again on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDirectory = await mkdtemp(join(tmpdir(), 'privacy-test-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArguments,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDirectory, { recursive: true, force: true });
    },
  };
}
