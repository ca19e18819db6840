/**
 * The background jobs of one gateway process (register imports, campaign checks, exports): each
 * runs beside the request that started it and records its own progress and failure; this only
 * keeps track of them, so tests and shutdown can wait until they are done.
 */
export class BackgroundJobs {
  private readonly running = new Set<Promise<void>>();

  /** Starts `work` without waiting for it. */
  run(work: () => Promise<void>): void {
    const job = work().finally(() => this.running.delete(job));
    this.running.add(job);
  }

  /** How many are running now. */
  get size(): number {
    return this.running.size;
  }

  /** Resolves when every job started so far has finished. */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }
}
