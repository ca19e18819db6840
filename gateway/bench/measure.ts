export interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU the load generator itself used, when it ran in its own process. */
  loadCpuSeconds?: number;
}

/**
 * Runs `task` `count` times with `concurrency` in flight and returns throughput and latency
 * percentiles. With `perSecond`, task i starts no sooner than i / perSecond seconds in (the
 * latency counts from its start, not from the wait).
 */
export async function measure(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  perSecond?: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const wait = perSecond ? started + (index * 1000) / perSecond - performance.now() : 0;
        if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
        const before = performance.now();
        await task(index);
        latencies.push(performance.now() - before);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { perSecond: count / seconds, p50: percentile(50), p99: percentile(99) };
}

export function report(name: string, figures: Figures, target?: string): void {
  console.log(
    `${name.padEnd(44)} ${figures.perSecond.toFixed(0).padStart(6)} /s   p50 ${figures.p50.toFixed(1).padStart(7)} ms   p99 ${figures.p99.toFixed(1).padStart(7)} ms${target ? `   (target ${target})` : ''}`,
  );
}

/** The wall-clock seconds `work` took. */
export async function secondsOf(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}
