import { describe, expect, it } from 'vitest';
import { deadlineOf } from './deadline.js';

function due(startedAt: string, options: { pausedDays?: number; extended?: boolean } = {}): string | undefined {
  return deadlineOf({
    clockStartedAt: new Date(startedAt),
    pausedMs: (options.pausedDays ?? 0) * 86_400_000,
    pausedSince: null,
    extended: options.extended ?? false,
  })?.toISOString();
}

describe('the deadline of a data-subject request', () => {
  it.each([
    ['15 January: 30 days come before the month', '2026-01-15T10:00:00+01:00', '2026-02-14T22:59:59.999Z'],
    ['31 January: the month ends on 28 February', '2026-01-31T10:00:00+01:00', '2026-02-28T22:59:59.999Z'],
    ['31 January of a leap year: 29 February', '2028-01-31T10:00:00+01:00', '2028-02-29T22:59:59.999Z'],
    ['1 February: 28 days in the month, so 1 March', '2026-02-01T10:00:00+01:00', '2026-03-01T22:59:59.999Z'],
    [
      'late on 28 February in Brussels, already 1 March nowhere else',
      '2026-02-28T23:30:00+01:00',
      '2026-03-28T22:59:59.999Z',
    ],
    ['across the change to summer time', '2026-03-20T12:00:00+01:00', '2026-04-19T21:59:59.999Z'],
  ])('falls at the end of the day: %s', (_name, start, expected) => {
    expect(due(start)).toBe(expected);
  });

  it('moves by the length of a pause for missing information', () => {
    expect(due('2026-01-15T10:00:00+01:00', { pausedDays: 10 })).toBe('2026-02-24T22:59:59.999Z');
  });

  it('extends to 60 days in all, never to the three months of the law', () => {
    expect(due('2026-01-15T10:00:00+01:00', { extended: true })).toBe('2026-03-16T22:59:59.999Z');
  });

  it('has no deadline before the identity is confirmed, nor while paused', () => {
    expect(deadlineOf({ clockStartedAt: null, pausedMs: 0, pausedSince: null, extended: false })).toBeNull();
    expect(
      deadlineOf({ clockStartedAt: new Date(), pausedMs: 0, pausedSince: new Date(), extended: false }),
    ).toBeNull();
  });
});
