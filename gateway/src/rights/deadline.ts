import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, endOfDay, min } from 'date-fns';

/** Deadlines are counted in the operator's calendar, not in UTC: "one month" is a Belgian month. */
const zone = 'Europe/Brussels';

export interface DeadlineFacts {
  /** When all needed information was in (identity confirmed); no deadline runs before. */
  clockStartedAt: Date | null;
  /** Time the clock stood still while the office waited for information, finished pauses only. */
  pausedMs: number;
  /** Set while a pause is running: the deadline is not fixed until the answer is in. */
  pausedSince: Date | null;
  extended: boolean;
}

/**
 * GDPR Art. 12(3) and the privacy policy, the stricter of each: an answer within one calendar
 * month and never later than 30 days; extended once to at most 60 days in all (the law allows
 * three months). Pauses for missing information push the deadline by their length. A deadline
 * falls at the end of its day in Brussels.
 */
export function deadlineOf(facts: DeadlineFacts): Date | null {
  if (!facts.clockStartedAt || facts.pausedSince) return null;
  const start = new TZDate(facts.clockStartedAt.getTime() + facts.pausedMs, zone);
  const due = facts.extended ? addDays(start, 60) : min([addMonths(start, 1), addDays(start, 30)]);
  return new Date(endOfDay(new TZDate(due.getTime(), zone)).getTime());
}

/** The first deadline, before any extension: an extension must be announced before it passes. */
export function firstDeadlineOf(facts: DeadlineFacts): Date | null {
  return deadlineOf({ ...facts, extended: false });
}
