/**
 * Test only: a gate in front of a test gateway's background job steps. While held, no step starts
 * (one already running finishes), so a test sees a job queued or part-way, with its progress as
 * GraphQL shows it; `release()` lets the waiting steps go, in the order they were fetched.
 */
export class JobGate {
  private opened: Promise<void> | null = null;
  private open: () => void = () => undefined;

  get held(): boolean {
    return this.opened !== null;
  }

  /** Steps not yet begun wait until `release()`. Holding twice is holding once. */
  hold(): void {
    if (this.opened) return;
    this.opened = new Promise((open) => {
      this.open = open;
    });
  }

  release(): void {
    this.opened = null;
    this.open();
  }

  /** Passed to `startGateway` as `beforeJobStep`. */
  readonly beforeStep = (): Promise<void> => this.opened ?? Promise.resolve();
}
