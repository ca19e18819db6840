import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { openBytes } from '../src/common/envelope-encryption.js';
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

/** Every table and column that still refers to this id (uuid, text and JSON columns). */
export async function whereIdAppears(gateway: TestGateway, id: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await gateway.dataSource.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('uuid', 'text', 'jsonb')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await gateway.dataSource.query(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text LIKE $1`,
      [`%${id}%`],
    );
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

/**
 * The columns whose sealed values, opened with every data key still in the database (what someone
 * holding the key-encryption key could do), reveal any of `needles`: a sealed remnant under a key
 * that survived the erasure (another person's, a campaign check's) shows up here.
 */
export async function readableWithTheKeys(gateway: TestGateway, needles: string[]): Promise<string[]> {
  const manager = gateway.dataSource.manager;
  const subjects: { subject_id: string }[] = await manager.query('SELECT subject_id FROM data_key');
  const keys = [
    ...(
      await gateway.vault.keysOf(
        manager,
        subjects.map((row) => row.subject_id),
      )
    ).values(),
  ];
  const columns: { table_name: string; column_name: string }[] = await manager.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type = 'bytea' AND table_name <> 'data_key'`,
  );
  const found = new Set<string>();
  for (const { table_name: table, column_name: column } of columns) {
    const rows: { value: Buffer | null }[] = await manager.query(`SELECT "${column}" AS value FROM "${table}"`);
    for (const { value } of rows) {
      for (const key of keys) {
        const text = value && value.length > 0 ? openOrNull(key, value) : null;
        if (text && needles.some((needle) => text.includes(needle))) found.add(`${table}.${column}`);
      }
    }
  }
  return [...found].sort();
}

function openOrNull(key: Buffer, sealed: Buffer): string | null {
  try {
    const opened = openBytes(key, sealed);
    // An export archive is a zip: its files are deflated, so look inside.
    return opened[0] === 0x50 && opened[1] === 0x4b
      ? Object.values(unzipSync(opened))
          .map((file) => strFromU8(file))
          .join('\n')
      : opened.toString('utf8');
  } catch {
    return null;
  }
}
