import { afterEach, describe, expect, it } from 'vitest';
import {
  type MeAnswer,
  operations,
  startTestGateway,
  stateSnapshot,
  type TestGateway,
} from '../../test-support/index.js';

const philip = 'philip.smith@example.com';
const mary = 'mary.jones@example.com';
const tracy = 'tracy.smith@example.com';
const anna = 'anna.peeters@example.com';
const chris = 'chris.maes@example.com';

const becomeAdministrator = `mutation($customerNumber: String!) {
  becomeAdministrator(customerNumber: $customerNumber) { role accounts { role account { customerNumber } } }
}`;
const requestAccess = `mutation($customerNumber: String!) {
  requestAccountAccess(customerNumber: $customerNumber) { accounts { status role account { customerNumber subscriptions { kind } } } }
}`;
const members =
  'query($customerNumber: String!) { accountMembers(customerNumber: $customerNumber) { id email role status } }';
const refuse = 'mutation($id: ID!) { refuseAccountAccess(membershipId: $id) }';
const approve = 'mutation($id: ID!) { approveAccountAccess(membershipId: $id) { email status } }';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function me(email: string) {
  const response = await gateway.graphql<MeAnswer>(operations.me, {}, { token: await gateway.signIn(email) });
  return response.data?.me as MeAnswer['me'];
}

describe('who sees what of a customer number', () => {
  it('shows the administrator every subscription of the account', async () => {
    gateway = await startTestGateway();
    const philipMe = await me(philip);
    expect(philipMe.role).toBe('ADMINISTRATOR');
    const kinds = philipMe.accounts[0]?.account.subscriptions.map((s) => s.kind).sort();
    expect(kinds).toEqual(['FIXED_VOICE', 'INTERNET', 'MOBILE', 'MOBILE', 'MOBILE', 'TV']);
  });

  it('shows a user only their own line, nothing of the others', async () => {
    gateway = await startTestGateway();
    const maryMe = await me(mary);
    expect(maryMe.role).toBe('USER');
    expect(maryMe.accounts[0]?.account.subscriptions).toEqual([
      { kind: 'MOBILE', phoneNumber: '+32470000002', assignedToMe: true },
    ]);
  });

  it('gives staff their staff role', async () => {
    gateway = await startTestGateway();
    expect((await me('dpo@example.com')).role).toBe('DATA_PROTECTION_OFFICER');
    expect((await me('agent@example.com')).role).toBe('CUSTOMER_SERVICE_AGENT');
  });
});

describe('becoming administrator of a consumer account', () => {
  it('makes the user administrator, and the previous one a user told by e-mail', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const response = await gateway.graphql<{ becomeAdministrator: { role: string } }>(
      becomeAdministrator,
      { customerNumber: '123456789' },
      { token },
    );
    expect(response.data?.becomeAdministrator.role).toBe('ADMINISTRATOR');
    const [mail] = await gateway.outbox();
    expect(mail).toMatchObject({ channel: 'email', to: philip });
    expect(mail?.body).toContain('Mary Jones');
    const philipMe = await me(philip);
    expect(philipMe.role).toBe('USER');
    expect(philipMe.accounts[0]?.account.subscriptions).toEqual([
      { kind: 'MOBILE', phoneNumber: '+32470000001', assignedToMe: true },
    ]);
  });

  const refusals: {
    name: string;
    email: string;
    customerNumber: string;
    arrange?: string;
    code: string;
    reason?: string;
  }[] = [
    {
      name: 'a Pay&Go prepaid card',
      email: tracy,
      customerNumber: '123456789',
      arrange: "billing = 'prepaid'",
      code: 'FORBIDDEN',
      reason: 'PREPAID',
    },
    {
      name: 'a line paid by the employer',
      email: tracy,
      customerNumber: '123456789',
      arrange: 'paid_by_employer = true',
      code: 'FORBIDDEN',
      reason: 'EMPLOYER_PAID',
    },
    {
      name: "another operator's number",
      email: 'dpo@example.com',
      customerNumber: '123456789',
      code: 'FORBIDDEN',
      reason: 'OTHER_OPERATOR',
    },
    {
      name: 'a line on another customer number',
      email: chris,
      customerNumber: '123456789',
      code: 'FORBIDDEN',
      reason: 'NOT_ON_ACCOUNT',
    },
    {
      name: 'an unknown customer number',
      email: tracy,
      customerNumber: '111111111',
      code: 'FORBIDDEN',
      reason: 'NOT_ON_ACCOUNT',
    },
    {
      name: 'a business account the line is on',
      email: chris,
      customerNumber: '987654321',
      code: 'FORBIDDEN',
      reason: 'BUSINESS_ACCOUNT',
    },
    {
      name: 'a business account the line is not on, like any number not hers',
      email: tracy,
      customerNumber: '987654321',
      code: 'FORBIDDEN',
      reason: 'NOT_ON_ACCOUNT',
    },
    { name: 'a malformed customer number', email: tracy, customerNumber: '12345', code: 'BAD_USER_INPUT' },
  ];

  it.each(refusals)(
    'refuses $name with $code and changes nothing',
    async ({ email, customerNumber, arrange, code, reason }) => {
      gateway = await startTestGateway();
      if (arrange) {
        await gateway.dataSource.query(`UPDATE subscription SET ${arrange} WHERE phone_number = '+32470000003'`);
      }
      const token = await gateway.signIn(email);
      const before = await stateSnapshot(gateway.dataSource);
      const response = await gateway.graphql(becomeAdministrator, { customerNumber }, { token });
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      if (reason) expect(response.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
    },
  );
});

describe('delegate users of a business account', () => {
  it('waits for an access owner to approve, then gives access to their own lines', async () => {
    gateway = await startTestGateway();
    const tracyToken = await gateway.signIn(tracy);
    const requested = await gateway.graphql<{ requestAccountAccess: MeAnswer['me'] }>(
      requestAccess,
      { customerNumber: '987654321' },
      { token: tracyToken },
    );
    // Pending requests are not shown to the person: the answer is the same whatever the number.
    expect(requested.data?.requestAccountAccess.accounts.map((a) => a.account.customerNumber)).toEqual(['123456789']);
    expect(
      (await gateway.outbox())
        .filter((m) => m.channel === 'email')
        .map((m) => m.to)
        .sort(),
    ).toEqual([anna, 'bram.claes@example.com']);

    const annaToken = await gateway.signIn(anna);
    const list = await gateway.graphql<{ accountMembers: { id: string; email: string; status: string }[] }>(
      members,
      { customerNumber: '987654321' },
      { token: annaToken },
    );
    const pending = list.data?.accountMembers.find((member) => member.email === tracy);
    expect(pending?.status).toBe('PENDING');
    const approved = await gateway.graphql(approve, { id: pending?.id }, { token: annaToken });
    expect(approved.data).toEqual({ approveAccountAccess: { email: tracy, status: 'ACTIVE' } });
    expect((await gateway.outbox())[0]).toMatchObject({ channel: 'email', to: tracy });
  });

  it('lets only an access owner of that account approve, and hides the request from others', async () => {
    gateway = await startTestGateway();
    await gateway.graphql(requestAccess, { customerNumber: '987654321' }, { token: await gateway.signIn(tracy) });
    const annaToken = await gateway.signIn(anna);
    const list = await gateway.graphql<{ accountMembers: { id: string; email: string }[] }>(
      members,
      { customerNumber: '987654321' },
      { token: annaToken },
    );
    const id = list.data?.accountMembers.find((member) => member.email === tracy)?.id;
    for (const outsider of [chris, philip]) {
      const token = await gateway.signIn(outsider);
      const before = await stateSnapshot(gateway.dataSource);
      expect((await gateway.graphql(approve, { id }, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(
        (await gateway.graphql(members, { customerNumber: '987654321' }, { token })).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
    }
  });

  it('links the owners to the access screen, and a refusal removes the request and tells the delegate', async () => {
    gateway = await startTestGateway();
    await gateway.graphql(requestAccess, { customerNumber: '987654321' }, { token: await gateway.signIn(tracy) });
    const ownersMail = (await gateway.outbox()).find((m) => m.channel === 'email' && m.to === anna);
    expect(ownersMail?.body).toContain(`${gateway.config.publicSiteUrl}/account-access?customer=987654321`);

    const annaToken = await gateway.signIn(anna);
    const list = await gateway.graphql<{ accountMembers: { id: string; email: string }[] }>(
      members,
      { customerNumber: '987654321' },
      { token: annaToken },
    );
    const id = list.data?.accountMembers.find((member) => member.email === tracy)?.id;
    for (const outsider of [chris, philip]) {
      const token = await gateway.signIn(outsider);
      const before = await stateSnapshot(gateway.dataSource);
      expect((await gateway.graphql(refuse, { id }, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
    }
    expect((await gateway.graphql(refuse, { id }, { token: annaToken })).data).toEqual({ refuseAccountAccess: true });
    expect((await gateway.outbox())[0]).toMatchObject({
      channel: 'email',
      to: tracy,
      subject: 'Je toegang tot MyProximus werd niet goedgekeurd',
    });
    const after = await gateway.graphql<{ accountMembers: { email: string }[] }>(
      members,
      { customerNumber: '987654321' },
      { token: annaToken },
    );
    expect(after.data?.accountMembers.map((member) => member.email)).not.toContain(tracy);
    // Refused once, the same id is no pending request any more; an active member is not refused either.
    expect((await gateway.graphql(refuse, { id }, { token: annaToken })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const chrisId = list.data?.accountMembers.find((member) => member.email === chris)?.id;
    expect((await gateway.graphql(refuse, { id: chrisId }, { token: annaToken })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('tells a member of a consumer account that delegates exist only for business accounts', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(tracy);
    const response = await gateway.graphql(requestAccess, { customerNumber: '123456789' }, { token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSUMER_ACCOUNT' });
  });

  it('answers an unknown number, a consumer account and a business account alike, and tells owners only when real', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    const answers = [];
    for (const customerNumber of ['111111111', '987654321']) {
      answers.push(await gateway.graphql(requestAccess, { customerNumber }, { token }));
    }
    const chrisToken = await gateway.signIn(chris);
    const asChris = await Promise.all(
      ['111111111', '123456789'].map((customerNumber) =>
        gateway.graphql(requestAccess, { customerNumber }, { token: chrisToken }),
      ),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(asChris[0]).toEqual(asChris[1]);
    expect(
      (await gateway.outbox())
        .filter((m) => m.channel === 'email')
        .map((m) => m.to)
        .sort(),
    ).toEqual([anna, 'bram.claes@example.com']);
  });

  it('answers becomeAdministrator alike for an unknown number and an account that is not hers', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(tracy);
    const become = 'mutation($n: String!) { becomeAdministrator(customerNumber: $n) { role } }';
    const unknown = await gateway.graphql(become, { n: '111111111' }, { token });
    const business = await gateway.graphql(become, { n: '987654321' }, { token });
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('NOT_ON_ACCOUNT');
    expect({
      ...business,
      errors: business.errors?.map(({ message, extensions }) => ({ message, extensions })),
    }).toEqual({
      ...unknown,
      errors: unknown.errors?.map(({ message, extensions }) => ({ message, extensions })),
    });
  });
});

describe('correcting one’s own contact details', () => {
  const update = `mutation($input: ContactDetailsInput!) { updateMyContactDetails(input: $input) { firstName lastName language } }`;

  it('changes the name and language at once, for the person only', async () => {
    gateway = await startTestGateway();
    const response = await gateway.graphql(
      update,
      { input: { firstName: 'Marie', language: 'fr' } },
      {
        token: await gateway.signIn(mary),
      },
    );
    expect(response.data).toEqual({
      updateMyContactDetails: { firstName: 'Marie', lastName: 'Jones', language: 'fr' },
    });
  });

  it.each([
    ['nothing to change', {}, 'BAD_USER_INPUT'],
    ['an empty name', { lastName: '' }, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_name, input, code) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(update, { input }, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });
});
