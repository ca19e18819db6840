import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

const decisions = `query($channel: String!, $identifiers: [String!]!) {
  marketingDecisions(channel: $channel, identifiers: $identifiers) { identifier allowed reason }
}`;
const register = `mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }`;
const imports =
  '{ registerImports { edges { node { register status totalLines processedLines progress rejectedLines added removed } } } }';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function upload(path: string, body: string, token: string, method = 'PUT') {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function campaignTool(purposes = ['direct-marketing']): Promise<string> {
  const response = await gateway.graphql<{ registerDownstreamSystem: { apiKey: string } }>(
    register,
    { input: { key: 'campaign-tool', name: 'Campaign tool', purposes } },
    { token: await gateway.signIn('dpo@example.com') },
  );
  return response.data?.registerDownstreamSystem.apiKey as string;
}

async function decide(token: string, channel: string, identifiers: string[]) {
  const response = await gateway.graphql<{
    marketingDecisions: { identifier: string; allowed: boolean; reason: string | null }[];
  }>(decisions, { channel, identifiers }, { token });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.marketingDecisions.map((d) => d.reason ?? 'ALLOWED');
}

describe('outside registers', () => {
  it('imports the Do Not Call Me file with progress; the same file again changes nothing; a new file replaces it', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    const file = '0470 00 00 02\n+32470000003\nnot a number\n';
    const started = await upload('/registers/do-not-call-me', file, dpo);
    expect(started).toMatchObject({ status: 202, body: { register: 'do-not-call-me', totalLines: 3 } });
    await gateway.idle();
    gateway.clock.advanceMinutes(1);
    const again = await upload('/registers/do-not-call-me', file, dpo);
    expect(again.body.status).toBe('unchanged');
    gateway.clock.advanceMinutes(1);
    await upload('/registers/do-not-call-me', '+32470000003\n', dpo);
    await gateway.idle();
    const listed = await gateway.graphql<{ registerImports: { edges: { node: unknown }[] } }>(
      imports,
      {},
      { token: dpo },
    );
    expect(listed.data?.registerImports.edges.map((edge) => edge.node)).toEqual([
      {
        register: 'do-not-call-me',
        status: 'done',
        totalLines: 1,
        processedLines: 1,
        progress: 1,
        rejectedLines: 0,
        added: 0,
        removed: 1,
      },
      {
        register: 'do-not-call-me',
        status: 'unchanged',
        totalLines: 3,
        processedLines: 3,
        progress: 1,
        rejectedLines: 0,
        added: 0,
        removed: 0,
      },
      {
        register: 'do-not-call-me',
        status: 'done',
        totalLines: 3,
        processedLines: 3,
        progress: 1,
        rejectedLines: 1,
        added: 2,
        removed: 0,
      },
    ]);
  });

  it.each([
    ['a person', 'mary.jones@example.com', 403],
    ['an unknown register', 'dpo@example.com', 404],
  ])('refuses an import by %s', async (_name, email, status) => {
    gateway = await startTestGateway();
    const path = status === 404 ? '/registers/yellow-pages' : '/registers/robinson';
    expect((await upload(path, 'x\n', await gateway.signIn(email))).status).toBe(status);
  });
});

describe('marketing decisions', () => {
  it('applies registers, objections and consent, with the reason of each denial', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    await upload('/registers/do-not-call-me', '+32470000002\n', dpo);
    await upload('/registers/robinson', 'Rue de la Loi 16, 1000 Bruxelles\n', dpo);
    await gateway.idle();
    const philip = await gateway.signIn('philip.smith@example.com');
    await gateway.graphql(
      operations.setMarketingObjection,
      { input: { objected: true, channel: 'phone' } },
      { token: philip },
    );
    const tool = await campaignTool();
    const numbers = ['0470 00 00 01', '+32470000002', '+32470000003', '+32479999999', 'call me'];
    expect(await decide(tool, 'phone', numbers)).toEqual([
      'OBJECTION',
      'DO_NOT_CALL_ME',
      'ALLOWED',
      'ALLOWED',
      'INVALID_IDENTIFIER',
    ]);
    // Do Not Call Me covers calls only; texts to non-customers need consent.
    expect(await decide(tool, 'sms', numbers)).toEqual([
      'ALLOWED',
      'ALLOWED',
      'ALLOWED',
      'MISSING_CONSENT',
      'INVALID_IDENTIFIER',
    ]);
    expect(await decide(tool, 'email', ['tracy.smith@example.com', 'stranger@example.org'])).toEqual([
      'ALLOWED',
      'MISSING_CONSENT',
    ]);
    expect(await decide(tool, 'post', ['rue de la LOI 16 - 1000 Bruxelles', 'Avenue Louise 1, 1050 Ixelles'])).toEqual([
      'ROBINSON',
      'ALLOWED',
    ]);
  });

  it('follows an objection of a non-customer recorded by an agent', async () => {
    gateway = await startTestGateway();
    await gateway.graphql(
      operations.recordNonCustomerObjection,
      { input: { phoneNumber: '0479 99 99 99' } },
      { token: await gateway.signIn('agent@example.com') },
    );
    expect(await decide(await campaignTool(), 'phone', ['+32479999999'])).toEqual(['OBJECTION']);
  });

  it.each([
    ['a system without the direct-marketing scope', 'system', 'FORBIDDEN'],
    ['a customer', 'customer', 'FORBIDDEN'],
  ])('refuses %s', async (_name, who, code) => {
    gateway = await startTestGateway();
    const token =
      who === 'system' ? await campaignTool(['location-reporting']) : await gateway.signIn('mary.jones@example.com');
    const response = await gateway.graphql(decisions, { channel: 'phone', identifiers: ['+32470000001'] }, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
  });

  it.each([
    ['an unknown channel', 'pigeon', 1],
    ['more than 10,000 identifiers', 'phone', 10_001],
  ])('refuses %s with BAD_USER_INPUT', async (_name, channel, count) => {
    gateway = await startTestGateway();
    const identifiers = Array.from({ length: count }, (_, index) => `+3247${String(index).padStart(7, '0')}`);
    const response = await gateway.graphql(decisions, { channel, identifiers }, { token: await campaignTool() });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('campaign checks', () => {
  it('checks a whole file in the background with progress, and lists the lines that may not be used', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    await upload('/registers/do-not-call-me', '+32470000002\n', dpo);
    await gateway.idle();
    const tool = await campaignTool();
    const lines = Array.from({ length: 25_000 }, (_, index) => `+3248${String(index).padStart(7, '0')}`);
    lines[12_345] = '+32470000002';
    const started = await upload('/campaign-checks?channel=phone', `${lines.join('\n')}\n`, tool, 'POST');
    expect(started).toMatchObject({ status: 202, body: { status: 'running', total: 25_000 } });
    await gateway.idle();
    const id = started.body.id as string;
    const check = await gateway.graphql(
      `query($id: ID!) { campaignCheck(id: $id) { status processed progress denied } }`,
      { id },
      { token: tool },
    );
    expect(check.data).toEqual({ campaignCheck: { status: 'done', processed: 25_000, progress: 1, denied: 1 } });
    const denials = await gateway.graphql(
      `query($id: ID!) { campaignCheckDenials(id: $id) { edges { node { line identifier reason } } } }`,
      { id },
      { token: tool },
    );
    expect(denials.data).toEqual({
      campaignCheckDenials: {
        edges: [{ node: { line: 12_346, identifier: '+32470000002', reason: 'DO_NOT_CALL_ME' } }],
      },
    });
    const stranger = await gateway.graphql(
      `query($id: ID!) { campaignCheck(id: $id) { status } }`,
      { id },
      {
        token: await gateway.signIn('agent@example.com'),
      },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('campaign checks by staff', () => {
  it('logs a staff read of each subject whose choice a denial tells, and none for a line no one owns', async () => {
    gateway = await startTestGateway();
    const mary = await gateway.signIn('mary.jones@example.com');
    await gateway.graphql(
      'mutation { setMarketingObjection(input: { objected: true }) { allowed } }',
      {},
      { token: mary },
    );
    const dpo = await gateway.signIn('dpo@example.com');
    const started = await upload(
      '/campaign-checks?channel=email',
      'mary.jones@example.com\nnobody@example.org\nnot an address\n',
      dpo,
      'POST',
    );
    await gateway.idle();
    const denials = await gateway.graphql<{ campaignCheckDenials: { edges: { node: { reason: string } }[] } }>(
      'query($id: ID!) { campaignCheckDenials(id: $id) { edges { node { line reason } } } }',
      { id: started.body.id },
      { token: dpo },
    );
    expect(denials.data?.campaignCheckDenials.edges.map((edge) => edge.node)).toEqual([
      { line: 1, reason: 'OBJECTION' },
      { line: 2, reason: 'MISSING_CONSENT' },
      { line: 3, reason: 'INVALID_IDENTIFIER' },
    ]);
    const log = await gateway.graphql<{ staffReadLog: { edges: { node: { subjectId: string; what: string } }[] } }>(
      '{ staffReadLog { edges { node { subjectId what } } } }',
      {},
      { token: dpo },
    );
    expect(log.data?.staffReadLog.edges.map((edge) => edge.node)).toEqual([
      { subjectId: await gateway.idOf('mary.jones@example.com'), what: 'campaignCheckDenials' },
    ]);
  });
});

describe('the register in the person’s own view', () => {
  it('shows the phone channel suppressed by Do Not Call Me, whatever the person chose', async () => {
    gateway = await startTestGateway();
    await upload('/registers/do-not-call-me', '+32470000002\n', await gateway.signIn('dpo@example.com'));
    await gateway.idle();
    const token = await gateway.signIn('mary.jones@example.com');
    const response = await gateway.graphql<{
      setMarketingObjection: { channels: { channel: string; allowed: boolean; reason: string }[] };
    }>(operations.setMarketingObjection, { input: { objected: false, channel: 'phone' } }, { token });
    expect(response.data?.setMarketingObjection.channels.find((c) => c.channel === 'phone')).toEqual({
      channel: 'phone',
      allowed: false,
      reason: 'OUTSIDE_REGISTER',
    });
    const read = await gateway.graphql<{
      privacyPreferences: { purposes: { purpose: { key: string }; channels: { channel: string; reason: string }[] }[] };
    }>(operations.privacyPreferences, {}, { token });
    const marketing = read.data?.privacyPreferences.purposes.find((p) => p.purpose.key === 'direct-marketing');
    expect(marketing?.channels.find((c) => c.channel === 'phone')?.reason).toBe('OUTSIDE_REGISTER');
    expect(marketing?.channels.find((c) => c.channel === 'sms')?.reason).toBe('DEFAULT');
  });
});
