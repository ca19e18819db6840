import { Arg, Authorized, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import type { CheckpointService } from './checkpoint.service.js';
import { LedgerCheckpointView, LedgerPublicKeyView } from './checkpoint.types.js';

const readers = [Access.SignedIn, Access.DownstreamSystem];

@Resolver()
export class CheckpointsResolver {
  constructor(private readonly checkpoints: CheckpointService) {}

  @Authorized(Access.Anyone)
  @Query(() => LedgerPublicKeyView, { description: 'The public key that verifies every ledger checkpoint.' })
  ledgerPublicKey() {
    return this.checkpoints.publicKey();
  }

  @Authorized(...readers)
  @Query(() => LedgerCheckpointView, {
    nullable: true,
    description: 'The newest signed checkpoint; null before the first.',
  })
  latestLedgerCheckpoint() {
    return this.checkpoints.latest();
  }

  @Authorized(...readers)
  @Query(() => LedgerCheckpointView, { description: 'One signed checkpoint by its number.' })
  ledgerCheckpoint(@Arg('number', () => Int, { description: 'Its number, from 1.' }) number: number) {
    return this.checkpoints.byNumber(number);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => LedgerCheckpointView, {
    description: 'Signs a checkpoint now if the ledger moved since the last one; returns the newest checkpoint.',
  })
  signLedgerCheckpoint() {
    return this.checkpoints.sign();
  }
}
