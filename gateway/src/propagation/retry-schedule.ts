/**
 * Delays before each retry of a webhook (the Standard Webhooks recommendation): 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h: 27.6 hours in all, so a receiver down for a day still gets
 * everything. Each delay varies by ±20% so that retries of many events do not arrive in waves.
 */
const delaysMs = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

export const maxAttempts = delaysMs.length + 1;

/** The delay after failed attempt number `attempt` (1-based), or null when there is no retry left. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number | null {
  const base = delaysMs[attempt - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}

export function scheduleSpanMs(): number {
  return delaysMs.reduce((sum, delay) => sum + delay, 0);
}
