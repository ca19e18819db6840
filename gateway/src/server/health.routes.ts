import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';

/** `GET /healthz`: the process answers. */
export function healthRoute(_request: Request, response: Response): void {
  response.json({ status: 'ok' });
}

/**
 * `GET /readyz`: the database answers and every migration of this build is applied; 503 from
 * the moment the gateway starts shutting down, so load balancers stop sending it requests.
 */
export function readinessRoute(dataSource: DataSource, stopping: () => boolean) {
  const expected = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  return async (_request: Request, response: Response) => {
    if (stopping()) {
      response.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      const rows: { name: string }[] = await dataSource.query('SELECT name FROM migrations');
      const applied = new Set(rows.map((row) => row.name));
      const pending = expected.filter((name) => !applied.has(name));
      if (pending.length > 0) {
        response.status(503).json({ status: 'migrations pending', pending });
        return;
      }
      response.json({ status: 'ready', migrations: applied.size });
    } catch {
      response.status(503).json({ status: 'database unreachable' });
    }
  };
}
