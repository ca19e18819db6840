import type { DataSource } from 'typeorm';
import { notFound } from '../common/errors.js';
import { LedgerCheckpointView, LedgerPublicKeyView } from './checkpoint.types.js';
import type { LedgerSigningKey } from './checkpoint-signing-key.js';
import { type Checkpointer, publishedCheckpoint } from './checkpointer.js';
import { LedgerCheckpoint } from './ledger-checkpoint.entity.js';

export function checkpointView(row: LedgerCheckpoint): LedgerCheckpointView {
  return Object.assign(new LedgerCheckpointView(), { ...publishedCheckpoint(row), signedAt: row.signedAt });
}

/** Reading checkpoints and the public key, and signing one on demand. */
export class CheckpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpointer: Checkpointer,
    private readonly key: LedgerSigningKey,
  ) {}

  async latest(): Promise<LedgerCheckpointView | null> {
    const [row] = await this.dataSource.manager.find(LedgerCheckpoint, { order: { number: 'DESC' }, take: 1 });
    return row ? checkpointView(row) : null;
  }

  async byNumber(number: number): Promise<LedgerCheckpointView> {
    const row = await this.dataSource.manager.findOneBy(LedgerCheckpoint, { number });
    if (!row) throw notFound(`There is no checkpoint ${number}.`);
    return checkpointView(row);
  }

  /** A new checkpoint when the ledger moved since the last one; otherwise the last one. */
  async sign(): Promise<LedgerCheckpointView> {
    const signed = await this.checkpointer.runOnce();
    const view = signed ? checkpointView(signed) : await this.latest();
    if (!view) throw new Error('No checkpoint after signing one');
    return view;
  }

  publicKey(): LedgerPublicKeyView {
    return Object.assign(new LedgerPublicKeyView(), {
      id: this.key.keyId,
      keyId: this.key.keyId,
      pem: this.key.publicKeyPem,
      jwk: this.key.publicKey.export({ format: 'jwk' }),
    });
  }
}
