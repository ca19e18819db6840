import type { DataSource } from 'typeorm';
import { projectionRow } from './ledger.js';
import { PreferenceEvent } from './preference-event.entity.js';
import { PreferenceState } from './preference-state.entity.js';

const batchSize = 5_000;

/**
 * Rebuilds the projection from the ledger alone, in one transaction: replaying the events in
 * order leaves, per subject, purpose and channel, the latest decision. Returns the events read.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  onProgress?: (events: number) => void,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    // Writers lock the chain head, not the projection: keep them out while it is rebuilt.
    await manager.query('LOCK TABLE subject_chain_head IN SHARE MODE');
    await manager.query('DELETE FROM preference_state');
    let read = 0;
    let after = '0';
    for (;;) {
      const events = await manager
        .createQueryBuilder(PreferenceEvent, 'event')
        .where('event.position > :after', { after })
        .orderBy('event.position', 'ASC')
        .limit(batchSize)
        .getMany();
      if (events.length === 0) return read;
      const latest = new Map(
        events.map((event) => [`${event.subjectId}|${event.purpose}|${event.channel ?? ''}`, event]),
      );
      await manager.upsert(PreferenceState, [...latest.values()].map(projectionRow), [
        'subjectId',
        'purpose',
        'channel',
      ]);
      read += events.length;
      after = (events[events.length - 1] as PreferenceEvent).position;
      onProgress?.(read);
    }
  });
}
