import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** The pg pool TypeORM holds: the one set of connections every path of the gateway shares. */
export function sharedPool(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as unknown as { master: pg.Pool }).master;
}

/**
 * One statement outside a transaction, straight on the pool, as a named prepared statement: for
 * the reads every request makes (decision 7). TypeORM's query runner costs a checkout, events
 * and a release around each statement; here PostgreSQL also plans the statement once per connection.
 * It goes past TypeORM's logger like every other statement (query logging, the plan test).
 */
export async function pooledQuery<Row extends pg.QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  dataSource.logger.logQuery(text, values);
  return (await sharedPool(dataSource).query<Row>({ name, text, values })).rows;
}

/**
 * One statement inside the caller's transaction (`manager` from `dataSource.transaction`), as a
 * named prepared statement on that transaction's connection: for the ledger's statements that
 * every change makes, which PostgreSQL would otherwise plan again each time (decision 29).
 */
export async function preparedQuery<Row extends pg.QueryResultRow>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error(`${name} runs inside a transaction`);
  const client: pg.PoolClient = await runner.connect();
  manager.connection.logger.logQuery(text, values, runner);
  return (await client.query<Row>({ name, text, values })).rows;
}
