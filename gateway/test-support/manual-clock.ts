import type { Clock } from '../src/common/clock.js';

/** A clock that moves only when a test says so: expiry and lock-out are tested without waiting. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start = new Date('2026-11-22T09:00:00.000Z')) {
    this.current = start;
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}
