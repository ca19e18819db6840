import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

// /proc/<pid>/stat counts in clock ticks; Linux uses 100 per second on every architecture we run.
const ticksPerSecond = 100;

function cpuSecondsOf(pid: string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function parentOf(pid: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1];
  } catch {
    return undefined;
  }
}

/**
 * The processes of one PostgreSQL server on this machine: its postmaster (the parent of any of
 * its backends) and the postmaster's children. Other servers (other checkouts' tests) are not ours.
 */
export async function postgresServerPids(databaseUrl: string): Promise<() => string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  // Read while the backend lives: once the connection ends, its /proc entry is gone.
  const postmaster = parentOf(String(rows[0]?.pid));
  await client.end();
  return () =>
    postmaster
      ? [postmaster, ...readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && parentOf(pid) === postmaster)]
      : [];
}

export type CpuSnapshot = { server: number; postgres: Map<string, number> };

/** CPU seconds used so far by a server process and by each of the PostgreSQL server's processes. */
export function cpuNow(serverPid: number, postgresPids: () => string[]): CpuSnapshot {
  return {
    server: cpuSecondsOf(String(serverPid)),
    postgres: new Map(postgresPids().map((pid) => [pid, cpuSecondsOf(pid)])),
  };
}

/** CPU used between two snapshots; a backend that started in between counts from zero, one that ended is lost. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): { server: number; postgres: number } {
  let postgres = 0;
  for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
  return { server: after.server - before.server, postgres };
}
