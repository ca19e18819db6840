import { startTestGateway, type TestGateway } from '@proximus-privacy/gateway/test-support';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, onTestFinished } from 'vitest';
import { type DemoServer, startDemoServer } from '../demo-server.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { syncClock } from './page-actions.js';
import { asReturningVisitor } from './returning-visitor.js';

/** A real gateway on a fresh copy of the demo data, the demo host site on another origin, and Chromium. */
export interface WidgetsFixture {
  gateway: TestGateway;
  demo: DemoServer;
  browser: TestBrowser;
  /**
   * Opens a page of the demo site against this gateway; `problems` collects console errors, warnings and page errors.
   * The browser is a visitor who already answered the cookie banner, unless `visitor: 'new'`.
   */
  open(path?: string, options?: VisitorOption): Promise<{ page: Page; problems: string[] }>;
  /**
   * The same in another browser, with cookies of its own: a second person or device. A page of
   * `open` is a tab of the same browser, signed in by the refresh cookie of an earlier tab.
   */
  openElsewhere(path?: string, options?: VisitorOption): Promise<{ page: Page; problems: string[] }>;
}

/** `new`: the browser has never answered the cookie banner, which then opens on the demo host page. */
export interface VisitorOption {
  visitor?: 'new' | 'returning';
}

/** The same, for a file whose single test starts and stops it. */
export interface StartedWidgetsFixture extends WidgetsFixture {
  stop(): Promise<void>;
}

/** The same, rebuilt for every test of the file (see `useWidgetsFixture`). */
export interface IsolatedWidgetsFixture extends WidgetsFixture {
  /**
   * Holds the gateway's background jobs (an export stays "building" at 0 %) until `release()`
   * or the end of the test: the one way widget tests keep a job in progress, without locks or sleeps.
   */
  holdBackgroundJobs(): { release(): void };
}

/** Starts a gateway allowed to answer the demo site, with its clock set to the browser's. */
async function startGatewayFor(demo: DemoServer): Promise<TestGateway> {
  const gateway = await startTestGateway({ corsOrigins: [demo.url] });
  // The test clock starts at a fixed date; the browser counts code lifetimes with its own clock, so both must agree.
  syncClock(gateway);
  return gateway;
}

async function openDemoPage(
  browser: TestBrowser,
  demo: DemoServer,
  gateway: TestGateway,
  path: string,
  options: VisitorOption = {},
): Promise<{ page: Page; problems: string[] }> {
  if (options.visitor !== 'new') await asReturningVisitor(browser.context, gateway, demo.url);
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${demo.url}${path}${separator}gateway=${encodeURIComponent(gateway.url)}`);
  return { page, problems };
}

/** A second browser, launched the first time a test asks for it. */
function anotherBrowser(): { get(): Promise<TestBrowser>; close(): Promise<void>; clearCookies(): Promise<void> } {
  let launched: Promise<TestBrowser> | undefined;
  return {
    get: () => {
      launched ??= launchBrowser();
      return launched;
    },
    close: async () => (await launched)?.close(),
    clearCookies: async () => (await launched)?.context.clearCookies(),
  };
}

export async function startWidgetsFixture(): Promise<StartedWidgetsFixture> {
  const demo = await startDemoServer();
  const [gateway, browser] = await Promise.all([startGatewayFor(demo), launchBrowser()]);
  const elsewhere = anotherBrowser();
  return {
    gateway,
    demo,
    browser,
    open: (path = '/', options = {}) => openDemoPage(browser, demo, gateway, path, options),
    openElsewhere: async (path = '/', options = {}) =>
      openDemoPage(await elsewhere.get(), demo, gateway, path, options),
    stop: async () => {
      await Promise.all([browser.close(), elsewhere.close()]);
      await Promise.all([demo.stop(), gateway.stop()]);
    },
  };
}

/**
 * Registers the hooks of a widget test file: the demo site and Chromium once per file, and for
 * every test a fresh gateway on its own copy of the demo database (with its own clock), whose
 * pages are closed when the test ends. No test sees what another one changed, in any order.
 */
export function useWidgetsFixture(): IsolatedWidgetsFixture {
  let shared: { demo: DemoServer; browser: TestBrowser } | undefined;
  const elsewhere = anotherBrowser();
  let current: TestGateway | undefined;
  const pages: Page[] = [];
  const started = <Value>(value: Value | undefined, what: string): Value => {
    if (value === undefined) throw new Error(`The widgets fixture has no ${what} outside a test`);
    return value;
  };

  beforeAll(async () => {
    const [demo, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    shared = { demo, browser };
  });
  afterAll(async () => {
    await Promise.all([shared?.browser.close(), elsewhere.close()]);
    await shared?.demo.stop();
  });
  beforeEach(async () => {
    current = await startGatewayFor(started(shared, 'demo site').demo);
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    // Cookies ignore ports: a refresh cookie of this test's gateway would reach the next test's.
    await Promise.all([started(shared, 'browser').browser.context.clearCookies(), elsewhere.clearCookies()]);
    await current?.stop();
    current = undefined;
  });

  return {
    get gateway() {
      return started(current, 'gateway');
    },
    get demo() {
      return started(shared, 'demo site').demo;
    },
    get browser() {
      return started(shared, 'browser').browser;
    },
    open: async (path = '/', options = {}) => {
      const { demo, browser } = started(shared, 'demo site');
      const opened = await openDemoPage(browser, demo, started(current, 'gateway'), path, options);
      pages.push(opened.page);
      return opened;
    },
    openElsewhere: async (path = '/', options = {}) => {
      const { demo } = started(shared, 'demo site');
      const opened = await openDemoPage(await elsewhere.get(), demo, started(current, 'gateway'), path, options);
      pages.push(opened.page);
      return opened;
    },
    holdBackgroundJobs: () => {
      const jobs = started(current, 'gateway').jobs;
      jobs.hold();
      onTestFinished(() => jobs.release());
      return { release: () => jobs.release() };
    },
  };
}
