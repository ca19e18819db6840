import type { PersonalDataVault } from '../database/personal-data-vault.js';
import type { MarketingChannel } from '../purposes/index.js';
import { type PreparedIdentifiers, prepareIdentifiers } from './marketing-decisions.js';

/** One job step: bigger than an API call's 10,000 (fewer round trips for a million lines), well inside a step's timeout. */
export const chunkSize = 50_000;

/** Identifiers normalised and keyed per slice, so the event loop answers the database in between. */
const slice = 5_000;

/** Checks whose file this gateway keeps open: a few run at once; any other is read again from its row. */
const keptChecks = 4;

interface OpenFile {
  identifiers: string[];
  /** The next chunk, normalised and keyed while the database decides the current one. */
  next?: { start: number; prepared: Promise<PreparedIdentifiers> };
}

/**
 * The campaign files whose checks run on this gateway, opened once instead of at every step, and
 * the next chunk prepared ahead (the CPU of normalising and keying overlaps the database's work).
 * Only a speed-up: the sealed file in the check's row stays the truth, so a step on any other
 * gateway, or after a restart, opens it again.
 */
export class CampaignChunks {
  private readonly files = new Map<string, OpenFile>();

  constructor(private readonly vault: PersonalDataVault) {}

  /** The file's identifiers if this gateway has them open. */
  identifiers(id: string): string[] | undefined {
    return this.files.get(id)?.identifiers;
  }

  keep(id: string, identifiers: string[]): void {
    this.files.delete(id);
    this.files.set(id, { identifiers });
    for (const oldest of this.files.keys()) {
      if (this.files.size <= keptChecks) break;
      this.files.delete(oldest);
    }
  }

  forget(id: string): void {
    this.files.delete(id);
  }

  /** The chunk at `start`: prepared ahead when it was, else now. */
  async chunk(id: string, channel: MarketingChannel, start: number): Promise<PreparedIdentifiers> {
    const file = this.files.get(id);
    if (!file) throw new Error('The campaign file is not open');
    const ahead = file.next?.start === start ? file.next.prepared : undefined;
    file.next = undefined;
    return (await ahead) ?? this.prepare(file.identifiers, channel, start);
  }

  /** Starts preparing the chunk at `start` in the background, for the next step. */
  prepareAhead(id: string, channel: MarketingChannel, start: number): void {
    const file = this.files.get(id);
    if (!file || start >= file.identifiers.length) return;
    const prepared = this.prepare(file.identifiers, channel, start);
    // A failure here is met again, and reported, by the step that needs the chunk.
    prepared.catch(() => undefined);
    file.next = { start, prepared };
  }

  private async prepare(identifiers: string[], channel: MarketingChannel, start: number): Promise<PreparedIdentifiers> {
    const chunk: PreparedIdentifiers = { channel, identifiers: [], normalized: [], indexes: [] };
    for (let from = start; from < Math.min(identifiers.length, start + chunkSize); from += slice) {
      await new Promise((resume) => setImmediate(resume));
      const part = prepareIdentifiers(
        this.vault,
        channel,
        identifiers.slice(from, Math.min(from + slice, start + chunkSize)),
      );
      chunk.identifiers.push(...part.identifiers);
      chunk.normalized.push(...part.normalized);
      chunk.indexes.push(...part.indexes);
    }
    return chunk;
  }
}
