import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { returnedRows } from './returned-rows.js';

/** The queues, each created by the JobQueues migration (the gateway's login may not create one). */
export const jobQueues = ['register-import', 'campaign-check', 'export-archive', 'retention-sweep'] as const;
export type JobQueue = (typeof jobQueues)[number];

/** Where pg-boss moves a job whose last attempt failed: its handler marks the job's row failed. */
const gaveUpQueue = 'job-gave-up';

/** A payload is the queue and the id of the row that holds the job's state: never personal data. */
interface JobData {
  queue: JobQueue;
  id: string;
}

export interface JobHandler {
  /**
   * One step of the job whose row is `id`. It is idempotent or resumes from the checkpoint its
   * rows hold: after a crash it runs again. `'again'` queues the next step.
   */
  step(id: string): Promise<'done' | 'again'>;
  /** Every attempt failed (or its gateway died each time): the row says so, with `reason`. */
  giveUp(id: string, reason: string): Promise<void>;
}

export interface JobRunnerOptions {
  /** The gateway's own login: the runner reads and writes the `pgboss` tables, never creates them. */
  databaseUrl: string;
  /** A step running longer is taken as lost with its gateway and tried again (by any gateway). */
  stepTimeoutSeconds: number;
  /** Tries of one step before the job fails visibly. */
  attempts: number;
  onError: (error: unknown) => void;
  /** Awaited before each step: tests hold jobs with it (test-support's `JobGate`). */
  beforeStep?: () => Promise<void>;
}

/**
 * The one way background work runs: durable jobs in PostgreSQL (pg-boss). A job is queued in the
 * transaction that writes its row, so neither exists without the other; any gateway may run it,
 * and each job is fetched by one gateway only (`FOR UPDATE SKIP LOCKED`).
 */
export class JobRunner {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<JobQueue, JobHandler>();
  private readonly workers = new Map<string, string>();

  constructor(private readonly options: JobRunnerOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      max: 3,
      application_name: 'privacy-gateway jobs',
      // The owner created the schema and the queues (migration JobQueues); the gateway's login cannot.
      migrate: false,
      // Lost steps are found by the maintenance pass: often enough that a restart resumes soon.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(options.stepTimeoutSeconds / 2))),
    });
    this.boss.on('error', options.onError);
  }

  /** Who runs the steps of `queue`; every queue needs one before `start()`. */
  handle(queue: JobQueue, handler: JobHandler): void {
    this.handlers.set(queue, handler);
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const queue of jobQueues) {
      const handler = this.handlers.get(queue);
      if (!handler) throw new Error(`No handler for the ${queue} jobs`);
      this.workers.set(queue, await this.boss.work<JobData>(queue, ([job]) => this.run(handler, job)));
    }
    this.workers.set(
      gaveUpQueue,
      await this.boss.work<JobData>(gaveUpQueue, { includeMetadata: true }, ([job]) => this.giveUp(job)),
    );
    // Every ten minutes, once across all gateways (pg-boss' cron takes a lock).
    await this.boss.schedule('retention-sweep', '*/10 * * * *', { queue: 'retention-sweep', id: 'retention-sweep' });
  }

  /**
   * Writes the job's row with `create` and queues its first step in the same transaction, then
   * wakes this gateway's worker.
   */
  async submit<Row extends { id: string }>(
    manager: EntityManager,
    queue: JobQueue,
    create: (manager: EntityManager) => Promise<Row>,
  ): Promise<Row> {
    const row = await manager.transaction(async (transaction) => {
      const created = await create(transaction);
      await this.boss.send(queue, { queue, id: created.id } satisfies JobData, {
        ...this.sendOptions(),
        db: { executeSql: async (text, values) => ({ rows: returnedRows(await transaction.query(text, values)) }) },
      });
      return created;
    });
    this.wake(queue);
    return row;
  }

  /** Queues a step now, outside any transaction (the next step of a job, a sweep). */
  async send(queue: JobQueue, id: string): Promise<void> {
    await this.boss.send(queue, { queue, id } satisfies JobData, this.sendOptions());
    this.wake(queue);
  }

  /**
   * Stops fetching, waits for the steps running here (up to `graceMs`), then hands back the ones
   * still running: they fail this attempt and another gateway retries them.
   */
  async stop(graceMs: number): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: graceMs, wait: true });
  }

  /**
   * Resolves once no job of any gateway on this database is queued or running (the cron's sweeps
   * aside), polling every 20 ms; rejects after `timeoutMs`. For tests and benchmarks.
   */
  async idle(timeoutMs = 120_000): Promise<void> {
    const queues = [...jobQueues.filter((queue) => queue !== 'retention-sweep'), gaveUpQueue];
    for (let waited = 0; waited < timeoutMs; waited += 20) {
      const { rows } = await this.boss
        .getDb()
        .executeSql(`SELECT count(*)::int AS count FROM pgboss.job WHERE state < 'completed' AND name = ANY($1)`, [
          queues,
        ]);
      if ((rows[0] as { count: number }).count === 0) return;
      await new Promise((resume) => setTimeout(resume, 20));
    }
    throw new Error(`Background jobs still unfinished after ${timeoutMs} ms`);
  }

  /** Steps not finished yet, and failed ones, per queue and state (zero included). */
  async counts(): Promise<{ queue: string; state: string; jobs: number }[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT queue.name AS queue, wanted.state::text AS state, count(job.id)::int AS jobs
         FROM pgboss.queue
        CROSS JOIN unnest(ARRAY['created', 'retry', 'active', 'failed']::pgboss.job_state[]) AS wanted(state)
         LEFT JOIN pgboss.job ON job.name = queue.name AND job.state = wanted.state
        WHERE queue.name = ANY($1)
        GROUP BY queue.name, wanted.state`,
      [[...jobQueues, gaveUpQueue]],
    );
    return rows as { queue: string; state: string; jobs: number }[];
  }

  private sendOptions(): PgBoss.SendOptions {
    return {
      expireInSeconds: this.options.stepTimeoutSeconds,
      retryLimit: this.options.attempts - 1,
      retryDelay: 1,
      deadLetter: gaveUpQueue,
    };
  }

  private wake(queue: string): void {
    const worker = this.workers.get(queue);
    if (worker) this.boss.notifyWorker(worker);
  }

  private async run(handler: JobHandler, job: PgBoss.Job<JobData> | undefined): Promise<void> {
    if (!job) return;
    await this.options.beforeStep?.();
    try {
      if ((await handler.step(job.data.id)) === 'again') await this.send(job.data.queue, job.data.id);
    } catch (error) {
      this.options.onError(error);
      // pg-boss keeps what a step throws in its tables: the kind of failure, not a message that may quote data.
      throw new Error(`A ${job.data.queue} step failed`);
    }
  }

  private async giveUp(job: PgBoss.JobWithMetadata<JobData> | undefined): Promise<void> {
    if (!job) return;
    const handler = this.handlers.get(job.data.queue);
    const output = job.output as { value?: { message?: string }; message?: string } | undefined;
    // Expired in the maintenance pass (its gateway died), or timed out by a worker still alive.
    const lost = /timeout|exceeded/.test(output?.value?.message ?? output?.message ?? '');
    const reason = lost
      ? `Stopped ${this.options.attempts} time(s): the gateway running it ended or took longer than ${this.options.stepTimeoutSeconds} s. Start it again.`
      : `Failed ${this.options.attempts} time(s). Start it again.`;
    await handler?.giveUp(job.data.id, reason);
  }
}
