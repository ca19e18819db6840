import { afterEach, describe, expect, it } from 'vitest';
import { latestCode, operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

const philip = 'philip.smith@example.com';
const hostSite = 'http://localhost:4100';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

interface Answer {
  status: number;
  body: { accessToken?: string; errors?: { extensions?: { code?: string } }[] } & Record<string, unknown>;
  setCookie: string[];
}

/** The `px_refresh=…` value of a Set-Cookie list; undefined when it clears the cookie or sets none. */
function refreshCookie(setCookie: string[]): string | undefined {
  const header = setCookie.find((cookie) => cookie.startsWith('px_refresh='));
  const value = header?.split(';')[0]?.slice('px_refresh='.length);
  return value || undefined;
}

async function post(path: string, init: { headers?: Record<string, string>; body?: unknown }): Promise<Answer> {
  const response = await fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    setCookie: response.headers.getSetCookie(),
  };
}

async function signIn(): Promise<{ token: string; credential: string; setCookie: string[] }> {
  const started = await gateway.graphql<{ startSignIn: { challengeId: string } }>(operations.startSignIn, {
    email: philip,
    password: 'Privacy2026',
  });
  const completed = await post('/graphql', {
    body: {
      query: operations.completeSignIn,
      variables: { challengeId: started.data?.startSignIn.challengeId, code: latestCode(await gateway.outbox()) },
    },
  });
  const credential = refreshCookie(completed.setCookie);
  const token = (completed.body.data as { completeSignIn?: { accessToken: string } })?.completeSignIn?.accessToken;
  if (!credential || !token) throw new Error(`no session: ${JSON.stringify(completed.body)}`);
  return { token, credential, setCookie: completed.setCookie };
}

function refresh(
  credential: string | undefined,
  headers: Record<string, string> = { origin: hostSite, 'px-refresh': '1' },
) {
  return post('/session/refresh', {
    headers: { ...headers, ...(credential ? { cookie: `px_refresh=${credential}` } : {}) },
  });
}

async function meWorks(token: string | undefined): Promise<boolean> {
  return Boolean((await gateway.graphql(operations.me, {}, { token })).data);
}

function codeOf(answer: Answer): string | undefined {
  return answer.body.errors?.[0]?.extensions?.code;
}

describe('staying signed in across a reload: the refresh cookie', () => {
  it('is set by completeSignIn as HttpOnly, SameSite=Lax, for the refresh route only, until the absolute end', async () => {
    gateway = await startTestGateway();
    const { setCookie } = await signIn();
    const cookie = setCookie.find((header) => header.startsWith('px_refresh=')) ?? '';
    expect(cookie).toMatch(/; Path=\/session\/refresh(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    // Plain http on localhost (development): Secure would keep the browser from storing it.
    expect(cookie).not.toMatch(/Secure/);
    const expires = new Date(/Expires=([^;]+)/.exec(cookie)?.[1] ?? '');
    expect(expires.getTime()).toBe(gateway.clock.now().getTime() + 24 * 3_600_000);
  });

  it('gives a new access token and the next credential; the earlier tab keeps its own token', async () => {
    gateway = await startTestGateway();
    const first = await signIn();
    const refreshed = await refresh(first.credential);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ accessToken: expect.stringMatching(/^pxs_/), scope: 'FULL' });
    expect(refreshed.body.accessToken).not.toBe(first.token);
    const next = refreshCookie(refreshed.setCookie);
    expect(next).toBeDefined();
    expect(next).not.toBe(first.credential);
    expect(await meWorks(refreshed.body.accessToken)).toBe(true);
    expect(await meWorks(first.token)).toBe(true);
    expect((await refresh(next)).status).toBe(200);
  });

  it('answers exactly one of two concurrent refreshes with the same credential, and opens one session', async () => {
    gateway = await startTestGateway();
    const { credential } = await signIn();
    const answers = await Promise.all([refresh(credential), refresh(credential), refresh(credential)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
    expect(answers.filter((answer) => answer.status === 409).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
    const [{ sessions }] = await gateway.ownerQuery<{ sessions: number }>(
      'SELECT count(*)::int AS sessions FROM session WHERE person_id = $1',
      [await gateway.idOf(philip)],
    );
    // The sign-in's and the winner's.
    expect(sessions).toBe(2);
    // The race was two tabs, not a theft: the winner's session goes on.
    const winner = answers.find((answer) => answer.status === 200);
    expect(await meWorks(winner?.body.accessToken)).toBe(true);
  });

  it('takes a replaced credential presented after the grace period for theft: the whole family ends', async () => {
    gateway = await startTestGateway();
    const first = await signIn();
    const refreshed = await refresh(first.credential);
    const next = refreshCookie(refreshed.setCookie);
    gateway.clock.advance(11_000);

    const reused = await refresh(first.credential);
    expect([reused.status, codeOf(reused)]).toEqual([401, 'UNAUTHENTICATED']);
    expect(reused.setCookie.join()).toMatch(/px_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect(await meWorks(first.token)).toBe(false);
    expect(await meWorks(refreshed.body.accessToken)).toBe(false);
    expect(codeOf(await refresh(next))).toBe('UNAUTHENTICATED');
  });

  it.each<[string, Record<string, string>]>([
    ['without the px-refresh header', { origin: hostSite }],
    ['from a foreign origin', { origin: 'https://evil.example', 'px-refresh': '1' }],
    ['without an origin', { 'px-refresh': '1' }],
  ])('refuses a refresh %s with FORBIDDEN and leaves the credential usable', async (_case, headers) => {
    gateway = await startTestGateway();
    const { credential } = await signIn();
    const refused = await refresh(credential, headers);
    expect([refused.status, codeOf(refused)]).toEqual([403, 'FORBIDDEN']);
    expect(refreshCookie(refused.setCookie)).toBeUndefined();
    expect((await refresh(credential)).status).toBe(200);
  });

  it('answers a preflight from an allowed origin with credentials allowed, and a foreign one without', async () => {
    gateway = await startTestGateway();
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/session/refresh`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'px-refresh' },
      });
    const allowed = await preflight(hostSite);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(hostSite);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('px-refresh');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 204 without a cookie, and refuses an unknown one', async () => {
    gateway = await startTestGateway();
    const nothing = await fetch(`${gateway.url}/session/refresh`, {
      method: 'POST',
      headers: { origin: hostSite, 'px-refresh': '1' },
    });
    expect([nothing.status, await nothing.text()]).toEqual([204, '']);
    expect(codeOf(await refresh('pxf_unknown'))).toBe('UNAUTHENTICATED');
  });

  it('ends with signOut, for every session of the sign-in, and signOut clears the cookie', async () => {
    gateway = await startTestGateway();
    const first = await signIn();
    const otherTab = await refresh(first.credential);
    const signedOut = await post('/graphql', {
      headers: { authorization: `Bearer ${first.token}` },
      body: { query: operations.signOut },
    });
    expect(signedOut.body).toEqual({ data: { signOut: true } });
    expect(signedOut.setCookie.join()).toMatch(/px_refresh=;.*Path=\/session\/refresh/);
    expect(await meWorks(otherTab.body.accessToken)).toBe(false);
    expect(codeOf(await refresh(refreshCookie(otherTab.setCookie)))).toBe('UNAUTHENTICATED');
  });

  it('is not set for the recovery session of a password reset, which ends every refresh credential', async () => {
    gateway = await startTestGateway();
    const { credential } = await signIn();
    await gateway.graphql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email: philip });
    const link = (await gateway.outbox()).find((message) => message.channel === 'email')?.body ?? '';
    const reset = await post('/graphql', {
      body: {
        query: 'mutation($token: String!) { resetPassword(token: $token, newPassword: "NewSecret7") { scope } }',
        variables: { token: /token=([\w-]+)/.exec(link)?.[1] },
      },
    });
    expect(reset.body).toEqual({ data: { resetPassword: { scope: 'RECOVERY' } } });
    expect(refreshCookie(reset.setCookie)).toBeUndefined();
    expect(codeOf(await refresh(credential))).toBe('UNAUTHENTICATED');
  });

  it('ends after the idle timeout without a request, and activity in any tab keeps it', async () => {
    gateway = await startTestGateway();
    const { token, credential } = await signIn();
    gateway.clock.advanceMinutes(29);
    expect(await meWorks(token)).toBe(true);
    gateway.clock.advanceMinutes(29);
    const refreshed = await refresh(credential);
    expect(refreshed.status).toBe(200);
    gateway.clock.advanceMinutes(30);
    expect(codeOf(await refresh(refreshCookie(refreshed.setCookie)))).toBe('UNAUTHENTICATED');
  });

  it('ends at the absolute timeout of the sign-in, whatever the refreshes', async () => {
    gateway = await startTestGateway();
    let { credential } = await signIn();
    const refused: number[] = [];
    // Every 20 minutes for 25 hours: active all along, yet the sign-in's 24 hours are the end.
    for (let step = 1; step <= 75 && refused.length === 0; step += 1) {
      gateway.clock.advanceMinutes(20);
      const refreshed = await refresh(credential);
      if (refreshed.status === 200) credential = refreshCookie(refreshed.setCookie) ?? '';
      else refused.push(step * 20);
    }
    expect(refused).toEqual([24 * 60]);
  });
});
