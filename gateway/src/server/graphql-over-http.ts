import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import Negotiator from 'negotiator';

/**
 * Apollo's CSRF prevention lets a request through when it has a non-simple content type or one of
 * these headers, which a browser only sends cross-site after a CORS preflight. A bearer token is
 * such a header, so a GET query that carries one (urql's default for queries) is answered; urql's
 * `accept` alone is CORS-safelisted (113 bytes, no unsafe byte) and so does not count.
 */
export const preflightedHeaders = ['apollo-require-preflight', 'x-apollo-operation-name', 'authorization'];

const graphqlResponseJson = 'application/graphql-response+json';
/** Parse, validation (query limits included) and variable coercion: the document was read and refused. */
const documentErrors = new Set<unknown>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a request refused before execution (parse, validation, variable coercion)
 * is a 400 only for a client that reads `application/graphql-response+json`; one that reads
 * `application/json` only gets 200 with `errors`, as that media type gives the status no meaning.
 * The media type is negotiated as Apollo negotiates the answer's content type.
 */
export function graphqlOverHttpStatus<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors = [] } = response.body.singleResult;
          // A request that is no GraphQL request at all (no query, a query that is no string) stays 400.
          const refusedDocument =
            data === undefined &&
            errors.length > 0 &&
            errors.every((error) => documentErrors.has(error.extensions?.code));
          if (refusedDocument && !answersGraphqlResponseJson(request.http?.headers.get('accept'))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

function answersGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return (
    new Negotiator({ headers: { accept } }).mediaType(['application/json', graphqlResponseJson]) === graphqlResponseJson
  );
}
