import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';
import { chainHash } from './ledger-hash.js';
import { PreferenceEvent } from './preference-event.entity.js';

const mary = 'mary.jones@example.com';
const checkpointFields = 'id number previousHash root subjects position signedAt keyId signature hash';
const verifyLedger = `query($subjectId: ID!) {
  verifyLedger(subjectId: $subjectId) {
    valid eventsChecked firstInvalidSequence problem checkpointNumber checkpointedSequence checkpointProblem
  }
}`;

let gateway: TestGateway;
afterEach(() => gateway?.stop());

/** Changes Mary's marketing objection `count` times, with a signed checkpoint after each. */
async function changesWithCheckpoints(count: number): Promise<string> {
  const token = await gateway.signIn(mary);
  for (let index = 0; index < count; index++) {
    gateway.clock.advanceMinutes(1);
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: index % 2 === 0 } }, { token });
    await gateway.checkpointer.runOnce();
  }
  return gateway.idOf(mary);
}

async function verify(subjectId: string) {
  const response = await gateway.graphql<{ verifyLedger: Record<string, unknown> }>(
    verifyLedger,
    { subjectId },
    { token: await gateway.signIn('dpo@example.com') },
  );
  return response.data?.verifyLedger;
}

/** Runs `sql` as the owner with the ledger's append-only trigger off, as an insider would. */
async function tamper(sql: string, parameters: unknown[] = []): Promise<void> {
  await gateway.ownerQuery('ALTER TABLE preference_event DISABLE TRIGGER preference_event_append_only');
  await gateway.ownerQuery(sql, parameters);
  await gateway.ownerQuery('ALTER TABLE preference_event ENABLE TRIGGER preference_event_append_only');
}

/** Edits event 2 and recomputes every later hash and the head: the chain alone looks valid again. */
async function rewriteChain(subjectId: string): Promise<void> {
  const events = await gateway.dataSource.manager.find(PreferenceEvent, {
    where: { subjectId },
    order: { sequence: 'ASC' },
  });
  let previous = events[0]?.hash as string;
  for (const event of events.slice(1)) {
    if (event.sequence === 2) event.decision = event.decision === 'objected' ? 'objection-withdrawn' : 'objected';
    const hash = chainHash(previous, event);
    await tamper('UPDATE preference_event SET decision = $2, previous_hash = $3, hash = $4 WHERE event_id = $1', [
      event.eventId,
      event.decision,
      previous,
      hash,
    ]);
    previous = hash;
  }
  await gateway.ownerQuery('UPDATE subject_chain_head SET last_hash = $2 WHERE subject_id = $1', [subjectId, previous]);
}

/** Deletes the newest event; `rewind` also moves the head back to the event before. */
async function deleteNewest(subjectId: string, rewind: boolean): Promise<void> {
  await tamper('DELETE FROM preference_event WHERE subject_id = $1 AND sequence = 4', [subjectId]);
  if (!rewind) return;
  await gateway.ownerQuery(
    `UPDATE subject_chain_head SET last_sequence = 3,
       last_hash = (SELECT hash FROM preference_event WHERE subject_id = $1 AND sequence = 3)
     WHERE subject_id = $1`,
    [subjectId],
  );
}

describe('verifyLedger against signed checkpoints', () => {
  it('finds an untouched chain valid after several changes and checkpoints, newer events included', async () => {
    gateway = await startTestGateway();
    const subjectId = await changesWithCheckpoints(4);
    await gateway.graphql(
      operations.setMarketingObjection,
      { input: { objected: true, channel: 'sms' } },
      { token: await gateway.signIn(mary) },
    );
    expect(await verify(subjectId)).toEqual({
      valid: true,
      eventsChecked: 5,
      firstInvalidSequence: null,
      problem: null,
      checkpointNumber: 4,
      checkpointedSequence: 4,
      checkpointProblem: null,
    });
  });

  it.each([
    [
      'an event edited and every later hash and the head recomputed',
      rewriteChain,
      { problem: null, checkpointProblem: 'checkpoint 4 signed another hash for sequence 4: the chain was rewritten' },
    ],
    [
      'the newest event deleted and the head rewound',
      (subjectId: string) => deleteNewest(subjectId, true),
      {
        problem: null,
        checkpointProblem:
          "checkpoint 4 signed sequence 4, the ledger's newest event is sequence 3: the events after it were deleted",
      },
    ],
    [
      'the newest event deleted, the head left',
      (subjectId: string) => deleteNewest(subjectId, false),
      {
        firstInvalidSequence: 4,
        problem:
          'the chain head (sequence 4) does not point at the newest event (sequence 3): a newer event was deleted',
      },
    ],
    [
      'an event edited with the trigger off, nothing recomputed',
      (subjectId: string) =>
        tamper("UPDATE preference_event SET decision = 'granted' WHERE subject_id = $1 AND sequence = 2", [subjectId]),
      { firstInvalidSequence: 2, problem: 'its content does not match its hash', checkpointProblem: null },
    ],
  ])('names %s', async (_case, tampering, named) => {
    gateway = await startTestGateway();
    const subjectId = await changesWithCheckpoints(4);
    await tampering(subjectId);
    expect(await verify(subjectId)).toMatchObject({ valid: false, checkpointNumber: 4, ...named });
  });

  it.each([
    [
      'the newest checkpoint altered',
      'UPDATE ledger_checkpoint SET subjects = subjects + 1 WHERE number = 3',
      "checkpoint 3 does not verify with the ledger's public key: it was altered",
    ],
    [
      'the checkpoint before it altered',
      'UPDATE ledger_checkpoint SET subjects = subjects + 1 WHERE number = 2',
      'checkpoint 2 is missing or does not match the link of checkpoint 3: the checkpoints were altered',
    ],
    [
      'the checkpoint before it deleted',
      'DELETE FROM ledger_checkpoint WHERE number = 2',
      'checkpoint 2 is missing or does not match the link of checkpoint 3: the checkpoints were altered',
    ],
    [
      'the stored tree altered',
      'UPDATE ledger_checkpoint_bucket SET leaves = overlay(leaves placing sha256(leaves) from 21 for 32)',
      'the stored tree no longer leads to the root checkpoint 3 signed: it was altered',
    ],
  ])('names %s in the database', async (_case, sql, checkpointProblem) => {
    gateway = await startTestGateway();
    const subjectId = await changesWithCheckpoints(3);
    await gateway.ownerQuery('ALTER TABLE ledger_checkpoint DISABLE TRIGGER ledger_checkpoint_append_only');
    await gateway.ownerQuery(sql);
    await gateway.ownerQuery('ALTER TABLE ledger_checkpoint ENABLE TRIGGER ledger_checkpoint_append_only');
    expect(await verify(subjectId)).toMatchObject({ valid: false, problem: null, checkpointProblem });
  });
});

describe('signed checkpoints', () => {
  it('are numbered, linked, signed only when the ledger moved, and refuse rewrites by the gateway role', async () => {
    gateway = await startTestGateway();
    const first = await gateway.checkpointer.runOnce();
    expect(await gateway.checkpointer.runOnce()).toBeNull();
    await changesWithCheckpoints(1);
    const dpo = await gateway.signIn('dpo@example.com');
    const onDemand = await gateway.graphql<{ signLedgerCheckpoint: Record<string, unknown> }>(
      `mutation { signLedgerCheckpoint { ${checkpointFields} } }`,
      {},
      { token: dpo },
    );
    expect(onDemand.data?.signLedgerCheckpoint).toMatchObject({ number: 2, previousHash: first?.hash });
    const read = await gateway.graphql<{ latestLedgerCheckpoint: unknown; ledgerCheckpoint: { number: number } }>(
      `{ latestLedgerCheckpoint { ${checkpointFields} } ledgerCheckpoint(number: 1) { number subjects } }`,
      {},
      { token: dpo },
    );
    expect(read.data?.latestLedgerCheckpoint).toEqual(onDemand.data?.signLedgerCheckpoint);
    expect(read.data?.ledgerCheckpoint).toEqual({ number: 1, subjects: first?.subjects });
    await expect(gateway.dataSource.query('UPDATE ledger_checkpoint SET subjects = 0')).rejects.toThrow(
      /permission denied/,
    );
    await expect(gateway.ownerQuery('DELETE FROM ledger_checkpoint')).rejects.toThrow(/append-only/);
  });

  it('do not conflict when several gateways sign at once', async () => {
    gateway = await startTestGateway();
    await changesWithCheckpoints(1);
    await gateway.graphql(
      operations.setMarketingObjection,
      { input: { objected: true, channel: 'sms' } },
      { token: await gateway.signIn(mary) },
    );
    const signed = await Promise.all([1, 2, 3, 4].map(() => gateway.checkpointer.runOnce()));
    expect(signed.filter(Boolean).map((checkpoint) => checkpoint?.number)).toEqual([2]);
    const rows = await gateway.dataSource.query('SELECT number FROM ledger_checkpoint ORDER BY number');
    expect(rows).toEqual([{ number: 1 }, { number: 2 }]);
  });

  it('skip a round rather than hold writers behind an append still in flight', async () => {
    gateway = await startTestGateway();
    const subjectId = await changesWithCheckpoints(1);
    await gateway.graphql(
      operations.setMarketingObjection,
      { input: { objected: true, channel: 'sms' } },
      { token: await gateway.signIn(mary) },
    );
    const appending = new pg.Client({ connectionString: (gateway.dataSource.options as { url: string }).url });
    await appending.connect();
    try {
      await appending.query('BEGIN');
      await appending.query('SELECT 1 FROM subject_chain_head WHERE subject_id = $1 FOR UPDATE', [subjectId]);
      expect(await gateway.checkpointer.runOnce()).toBeNull();
      await appending.query('COMMIT');
    } finally {
      await appending.end();
    }
    expect(await gateway.checkpointer.runOnce()).toMatchObject({ number: 2 });
  });

  it.each([
    ['a customer', mary, 'FORBIDDEN'],
    ['an agent', 'agent@example.com', 'FORBIDDEN'],
  ])('are signed on demand by the DPO only, not by %s', async (_who, email, code) => {
    gateway = await startTestGateway();
    const response = await gateway.graphql(
      'mutation { signLedgerCheckpoint { number } }',
      {},
      { token: await gateway.signIn(email) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await gateway.dataSource.query('SELECT * FROM ledger_checkpoint')).toEqual([]);
  });

  it('answers NOT_FOUND for a checkpoint that does not exist', async () => {
    gateway = await startTestGateway();
    const response = await gateway.graphql(
      '{ ledgerCheckpoint(number: 7) { number } }',
      {},
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('publish the public key to anyone, in GraphQL and over HTTP', async () => {
    gateway = await startTestGateway();
    const response = await gateway.graphql<{ ledgerPublicKey: { keyId: string; pem: string; jwk: { crv: string } } }>(
      '{ ledgerPublicKey { keyId pem jwk } }',
    );
    const key = response.data?.ledgerPublicKey;
    expect(key?.jwk.crv).toBe('Ed25519');
    expect(await (await fetch(`${gateway.url}/ledger/public-key`)).text()).toBe(key?.pem);
    const checkpoint = await gateway.checkpointer.runOnce();
    expect(checkpoint?.keyId).toBe(key?.keyId);
  });
});
