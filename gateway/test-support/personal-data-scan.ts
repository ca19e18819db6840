import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestGateway } from './test-gateway.js';

/** Every table and column of the database where `needle` appears, as text (bytea as its bytes). */
export async function whereInDatabase(gateway: TestGateway, needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string; data_type: string }[] = await gateway.dataSource.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY', 'character varying', 'bytea')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column, data_type: type } of columns) {
    const text = type === 'bytea' ? `encode("${column}", 'escape')` : `"${column}"::text`;
    const [row] = await gateway.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${text} LIKE $1`, [
      `%${needle}%`,
    ]);
    if (row.n > 0) found.push(`${table}.${column}`);
  }
  return found.sort();
}

/**
 * The files of the server's data folder that hold any of `needles` as bytes, after a checkpoint
 * wrote every buffer out: this test database's folder, the shared catalogue and the write-ahead log
 * (the other test databases were copied from the template before this test wrote anything).
 */
export async function whereInDataFiles(
  gateway: TestGateway,
  needles: string[],
): Promise<{ files: string[]; bytes: number }> {
  await gateway.ownerQuery('CHECKPOINT');
  const [{ data_directory: folder }] = await gateway.ownerQuery<{ data_directory: string }>('SHOW data_directory');
  const [{ oid }] = await gateway.ownerQuery<{ oid: number }>(
    'SELECT oid FROM pg_database WHERE datname = current_database()',
  );
  const patterns = needles.map((needle) => Buffer.from(needle, 'utf8'));
  const found: string[] = [];
  let bytes = 0;
  const scan = async (path: string): Promise<void> => {
    const entry = await stat(path).catch(() => null);
    if (!entry) return;
    if (entry.isDirectory()) {
      for (const name of await readdir(path)) await scan(join(path, name));
      return;
    }
    const content = await readFile(path).catch(() => null);
    if (!content) return;
    bytes += content.length;
    if (patterns.some((pattern) => content.includes(pattern))) found.push(path.slice(folder.length + 1));
  };
  for (const part of [`base/${oid}`, 'global', 'pg_wal', 'pg_xact', 'pg_multixact', 'pg_logical', 'pg_subtrans']) {
    await scan(join(folder, part));
  }
  return { files: found.sort(), bytes };
}
