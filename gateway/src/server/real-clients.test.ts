import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

/** The transport each client would use anyway, counting what goes over the wire. */
function countingFetch() {
  const sent: string[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    sent.push(init?.method ?? 'GET');
    return fetch(input, init);
  };
  return { sent, fetchFn };
}

const preferences = gql`
  query Preferences {
    privacyPreferences {
      id
      purposes {
        id
        allowed
        reason
        purpose {
          id
          key
        }
      }
    }
  }
`;

const grant = gql`
  mutation Grant($input: ConsentInput!) {
    grantConsent(input: $input) {
      id
      allowed
      reason
    }
  }
`;

interface Preferences {
  privacyPreferences: { purposes: { id: string; allowed: boolean; reason: string; purpose: { key: string } }[] };
}

const stateOf = (data: Preferences | null | undefined, key: string) =>
  data?.privacyPreferences.purposes.find((state) => state.purpose.key === key);

describe('real GraphQL clients', () => {
  it("Apollo Client's InMemoryCache shows a granted consent in the cached preferences without a refetch", async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const { sent, fetchFn } = countingFetch();
    const client = new ApolloClient({
      link: new HttpLink({
        uri: `${gateway.url}/graphql`,
        headers: { authorization: `Bearer ${token}` },
        fetch: fetchFn,
      }),
      cache: new InMemoryCache(),
    });
    const before = await client.query<Preferences>({ query: preferences });
    expect(stateOf(before.data, 'web-personalized-ads')).toMatchObject({ allowed: false, reason: 'DEFAULT' });

    await client.mutate({ mutation: grant, variables: { input: { purpose: 'web-personalized-ads' } } });

    const cached = client.readQuery<Preferences>({ query: preferences });
    expect(stateOf(cached, 'web-personalized-ads')).toMatchObject({ allowed: true, reason: 'OWN_CHOICE' });
    const again = await client.query<Preferences>({ query: preferences });
    expect(stateOf(again.data, 'web-personalized-ads')?.allowed).toBe(true);
    expect(sent).toEqual(['POST', 'POST']);
  });

  it('urql with its default options reads by GET and changes by POST', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const { sent, fetchFn } = countingFetch();
    const client = new Client({
      url: `${gateway.url}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers: { authorization: `Bearer ${token}` } },
      fetch: fetchFn,
    });
    const before = await client.query<Preferences>(preferences, {}).toPromise();
    expect(before.error).toBeUndefined();
    expect(stateOf(before.data, 'web-personalized-ads')?.allowed).toBe(false);

    const granted = await client.mutation(grant, { input: { purpose: 'web-personalized-ads' } }).toPromise();
    expect([granted.error, granted.data?.grantConsent.allowed]).toEqual([undefined, true]);

    // urql's document cache drops answers that mention a type a mutation returned: the next read goes out.
    const after = await client.query<Preferences>(preferences, {}).toPromise();
    expect(stateOf(after.data, 'web-personalized-ads')?.allowed).toBe(true);
    expect(sent).toEqual(['GET', 'POST', 'GET']);
  });
});
