import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import type { JobRunner } from '../common/job-runner.js';
import { sharedPool } from '../database/pool-query.js';
import { logFieldsOf } from './request-logging.js';

/**
 * Prometheus metrics of one gateway: requests per GraphQL root field (a bounded label: the
 * schema's fields, not the names clients give their operations), errors by code, and, read at
 * each scrape, propagation per system, the age of the newest signed checkpoint, the database
 * pool and the background jobs. `GET /metrics`; expose it inside the platform only.
 */
export function createMetrics(options: { dataSource: DataSource; clock: Clock; jobs: JobRunner }) {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL requests by root field and HTTP status',
    labelNames: ['field', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'propagation_deliveries',
    help: 'Deliveries per downstream system that are pending or failed (parked)',
    labelNames: ['system', 'state'] as const,
    registers: [registry],
    async collect() {
      const rows: { system: string; pending: number; failed: number }[] = await options.dataSource.query(
        `SELECT system.key AS system,
           count(delivery.id) FILTER (WHERE delivery.acknowledged_at IS NULL AND delivery.failed_at IS NULL)::int AS pending,
           count(delivery.id) FILTER (WHERE delivery.failed_at IS NOT NULL)::int AS failed
         FROM downstream_system system LEFT JOIN delivery ON delivery.system_id = system.id
         GROUP BY system.key`,
      );
      this.reset();
      for (const row of rows) {
        this.set({ system: row.system, state: 'pending' }, row.pending);
        this.set({ system: row.system, state: 'failed' }, row.failed);
      }
    },
  });
  new Gauge({
    name: 'propagation_oldest_unacknowledged_seconds',
    help: 'Age of the oldest change a downstream system has not acknowledged',
    labelNames: ['system'] as const,
    registers: [registry],
    async collect() {
      const rows: { system: string; oldest: Date | null }[] = await options.dataSource.query(
        `SELECT system.key AS system, min(delivery.created_at) AS oldest
         FROM downstream_system system
         LEFT JOIN delivery ON delivery.system_id = system.id AND delivery.acknowledged_at IS NULL
         GROUP BY system.key`,
      );
      this.reset();
      const now = options.clock.now().getTime();
      for (const row of rows) this.set({ system: row.system }, row.oldest ? (now - row.oldest.getTime()) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'ledger_checkpoint_age_seconds',
    help: 'Age of the newest signed ledger checkpoint',
    registers: [registry],
    async collect() {
      const [row]: { signed_at: Date | null }[] = await options.dataSource.query(
        'SELECT max(signed_at) AS signed_at FROM ledger_checkpoint',
      );
      this.set(row?.signed_at ? (options.clock.now().getTime() - row.signed_at.getTime()) / 1000 : -1);
    },
  });
  new Gauge({
    name: 'database_pool_connections',
    help: 'Connections of the database pool by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const statistics = sharedPool(options.dataSource);
      this.set({ state: 'open' }, statistics.totalCount);
      this.set({ state: 'idle' }, statistics.idleCount);
      this.set({ state: 'waiting' }, statistics.waitingCount);
    },
  });
  new Gauge({
    name: 'background_jobs',
    help: 'Durable job steps of every gateway on this database by queue and state (pg-boss; finished ones are archived)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const count of await options.jobs.counts()) this.set({ queue: count.queue, state: count.state }, count.jobs);
    },
  });
  /** Times every GraphQL request when its answer is sent. */
  const measure: RequestHandler = (request, response, next) => {
    if (request.path !== '/graphql') return next();
    const stop = duration.startTimer();
    response.on('finish', () => {
      const fields = logFieldsOf(response);
      stop({ field: fields.rootField ?? 'none', status: String(response.statusCode) });
      for (const code of fields.errorCodes ?? []) errors.inc({ code });
    });
    next();
  };

  const handler: RequestHandler = async (_request, response) => {
    response.type(registry.contentType).send(await registry.metrics());
  };

  return { measure, handler };
}
