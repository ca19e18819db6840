import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';
import { recordDecision } from '../preferences/ledger.js';

const feed = `query($after: String) {
  decisionFeed(after: $after, first: 100) {
    edges { node { id sequence subject { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface FeedPage {
  decisionFeed: {
    edges: { node: { id: string; sequence: number; subject: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function pullSystemKey(): Promise<string> {
  const response = await gateway.graphql<{ registerDownstreamSystem: { apiKey: string } }>(
    `mutation { registerDownstreamSystem(input: { key: "directory", name: "Directory", purposes: ["direct-marketing"] }) {
      apiKey } }`,
    {},
    { token: await gateway.signIn('dpo@example.com') },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.registerDownstreamSystem.apiKey;
}

/**
 * One writer: changes that commit in another order than they were written, as slow requests
 * do (some transactions stay open a moment after their insert while others commit).
 */
async function write(subjects: string[], writer: number, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const subjectId = subjects[(writer * 7 + index) % subjects.length] as string;
    await gateway.dataSource.transaction(async (manager) => {
      await recordDecision(
        manager,
        {
          subjectId,
          subjectKind: 'contact',
          purpose: 'direct-marketing',
          channel: null,
          decision: index % 2 === 0 ? 'objected' : 'objection-withdrawn',
          textVersion: null,
          language: null,
          actorKind: 'agent',
          actorId: null,
          collectionChannel: 'phone',
          occurredAt: gateway.clock.now(),
          idempotencyKey: null,
        },
        () => false,
      );
      if (index % 3 === writer % 3) await manager.query('SELECT pg_sleep(0.003)');
    });
  }
}

describe('the pull feed under concurrent writers', () => {
  it('gives a reader following its cursor every one of 10,000 events exactly once, in per-subject order', async () => {
    gateway = await startTestGateway();
    const apiKey = await pullSystemKey();
    const subjects = Array.from({ length: 40 }, () => randomUUID());
    const seen: { id: string; sequence: number; subjectId: string }[] = [];
    let after: string | null = null;
    const readPage = async (): Promise<boolean> => {
      const page = await gateway.graphql<FeedPage>(feed, { after }, { token: apiKey });
      if (!page.data) throw new Error(JSON.stringify(page.errors));
      const { edges, pageInfo } = page.data.decisionFeed;
      seen.push(...edges.map(({ node }) => ({ id: node.id, sequence: node.sequence, subjectId: node.subject.id })));
      after = pageInfo.endCursor;
      return pageInfo.hasNextPage;
    };

    let writing = true;
    const writers = Promise.all(Array.from({ length: 8 }, (_, writer) => write(subjects, writer, 1_250))).finally(
      () => {
        writing = false;
      },
    );
    while (writing) await readPage();
    await writers;
    while (await readPage()) {
      // The rest of what committed while the reader was between pages.
    }

    expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
    expect(seen).toHaveLength(10_000);
    const sequencesBySubject = new Map<string, number[]>();
    for (const event of seen) {
      sequencesBySubject.set(event.subjectId, [...(sequencesBySubject.get(event.subjectId) ?? []), event.sequence]);
    }
    for (const sequences of sequencesBySubject.values()) {
      expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    }
  }, 120_000);
});
