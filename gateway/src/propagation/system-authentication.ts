import type { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { sha256Hex } from '../common/secrets.js';

/** The caller of a request bearing a system's API key; anonymous (rejected) when unknown or inactive. */
export async function resolveSystem(dataSource: DataSource, apiKey: string): Promise<Caller> {
  const [system]: { id: string; purposes: string[] }[] = await dataSource.query(
    'SELECT id, purposes FROM downstream_system WHERE api_key_hash = $1 AND active',
    [sha256Hex(apiKey)],
  );
  if (!system) return { kind: 'anonymous', rejectedToken: true };
  return { kind: 'system', systemId: system.id, purposes: system.purposes };
}
