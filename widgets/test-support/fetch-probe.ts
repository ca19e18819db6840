import type { Page } from 'playwright-core';

/** One request the page sent through `fetch` while probed. */
export interface ProbedCall {
  /** The operation's name, such as `PrivacyPreferences`, and its variables. */
  operation: string;
  variables: Record<string, unknown>;
  /** Whether the page aborted it (its signal fired). */
  aborted: boolean;
  /** The HTTP status of the gateway's answer once it was handed to the page; 0 before. */
  status: number;
}

export interface FetchProbe {
  /** Every request sent since the probe was installed, in order. */
  calls(): Promise<ProbedCall[]>;
  /** Resolves once `count` requests of `operation` are held. */
  held(operation: string, count?: number): Promise<void>;
  /**
   * Sends the held requests of `operation` on to the gateway one after another, the newest
   * first (so the oldest answers last); resolves once their answers reached the page.
   */
  release(operation: string): Promise<void>;
}

/** What the wrapper leaves on `window.fetchProbe` (functions passed to the page cannot share a helper). */
interface InPageProbe {
  calls(): ProbedCall[];
  heldCount(operation: string): number;
  release(operation: string): Promise<void>;
}

interface ProbeOptions {
  /** Requests of these operations wait for `release` before they go to the gateway. */
  hold?: string[];
  /** Like a transport that does not support aborting: held requests go on and are answered even when aborted. */
  ignoreAbort?: boolean;
}

/**
 * Wraps the page's `fetch` to see which GraphQL requests the widgets send, whether they abort
 * them, and to hold some until the test releases them: "the first answers last" made exact.
 * The requests still go to the real gateway; nothing is answered in its place.
 */
export async function probeFetch(page: Page, options: ProbeOptions = {}): Promise<FetchProbe> {
  await page.evaluate(({ hold = [], ignoreAbort = false }) => {
    const calls: ProbedCall[] = [];
    const waiting = new Map<string, (() => Promise<void>)[]>();
    const send = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { query?: string; variables?: Record<string, unknown> };
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';
      const call: ProbedCall = { operation, variables: body.variables ?? {}, aborted: false, status: 0 };
      calls.push(call);
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => {
        call.aborted = true;
      });
      const forward = async () => {
        const response = await send(input, ignoreAbort ? { ...init, signal: null } : init);
        call.status = response.status;
        return response;
      };
      if (!hold.includes(operation)) return forward();
      return new Promise<Response>((resolve, reject) => {
        if (!ignoreAbort) signal?.addEventListener('abort', () => reject(signal.reason));
        const queue = waiting.get(operation) ?? [];
        queue.push(() => forward().then(resolve, reject));
        waiting.set(operation, queue);
      });
    };
    const probe: InPageProbe = {
      calls: () => calls,
      heldCount: (operation: string) => waiting.get(operation)?.length ?? 0,
      release: async (operation: string) => {
        const queue = waiting.get(operation) ?? [];
        waiting.delete(operation);
        for (const forward of queue.reverse()) await forward().catch(() => undefined);
      },
    };
    (window as unknown as { fetchProbe: InPageProbe }).fetchProbe = probe;
  }, options);

  return {
    calls: () => page.evaluate(() => (window as unknown as { fetchProbe: InPageProbe }).fetchProbe.calls()),
    held: async (operation, count = 1) => {
      await page.waitForFunction(
        ({ operation, count }) =>
          (window as unknown as { fetchProbe: InPageProbe }).fetchProbe.heldCount(operation) >= count,
        { operation, count },
      );
    },
    release: (operation) =>
      page.evaluate(
        (operation) => (window as unknown as { fetchProbe: InPageProbe }).fetchProbe.release(operation),
        operation,
      ),
  };
}
