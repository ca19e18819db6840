import type { EntityManager } from 'typeorm';
import { outboxChannel } from '../common/outbox.js';
import type { PublishedCheckpoint } from '../preferences/index.js';

/**
 * Sends a signed ledger checkpoint to every downstream system (webhook and pull feed), so that a
 * chain rewritten later inside the database no longer matches what the systems hold. Each
 * checkpoint is its own aggregate; the feed's commit order puts checkpoints in their order.
 */
export async function publishCheckpoint(
  manager: EntityManager,
  checkpoint: PublishedCheckpoint & { id: string },
): Promise<void> {
  const { id, ...published } = checkpoint;
  await manager.query(
    `INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
     VALUES ($1, 'ledger', $2, 'ledger.checkpoint', $3, $4)`,
    [
      id,
      id,
      JSON.stringify({ eventId: id, occurredAt: checkpoint.signedAt, checkpoint: published }),
      checkpoint.signedAt,
    ],
  );
  await manager.query(`SELECT pg_notify('${outboxChannel}', '')`);
}
