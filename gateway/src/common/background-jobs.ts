/**
 * The background jobs of one gateway process (register imports, campaign checks, exports): each
 * runs beside the request that started it and records its own progress and failure; this only
 * keeps track of them, so tests and shutdown can wait until they are done.
 */
export class BackgroundJobs {
  private readonly running = new Set<Promise<void>>();
  /** While set, jobs are accepted but wait for it before they start: see `hold()`. */
  private gate: { opened: Promise<void>; open: () => void } | undefined;

  /** Starts `work` without waiting for it (or, while held, once released). */
  run(work: () => Promise<void>): void {
    const started = this.gate ? this.gate.opened.then(work) : work();
    const job = started.finally(() => this.running.delete(job));
    this.running.add(job);
  }

  /**
   * For tests: jobs started from now on wait until `release()`, so a test sees them accepted and
   * not yet begun (an export "building" at 0 %) without locks or sleeps. Jobs already running go on.
   */
  hold(): void {
    if (this.gate) return;
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.gate = { opened, open };
  }

  /** Starts the held jobs, in the order they were started, and stops holding new ones. */
  release(): void {
    this.gate?.open();
    this.gate = undefined;
  }

  /** How many are running now (held ones included). */
  get size(): number {
    return this.running.size;
  }

  /** Resolves when every job started so far has finished; while held, only after `release()`. */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }
}
