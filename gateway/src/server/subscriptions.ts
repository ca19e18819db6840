import type { IncomingMessage, Server } from 'node:http';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Caller, PersonCaller } from '../common/caller.js';
import type { GatewayConfig } from '../common/config.js';
import { screenDocument } from './input-screening.js';
import type { LiveContext, LiveSources } from './live-sources.js';

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  corsOrigins: string[];
  limits: GatewayConfig['subscriptions'];
  /** The depth, alias and cost limits of HTTP. */
  validationRules: ValidationRule[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The caller of an `authorization` value (`Bearer <session token>`); `touch: false` checks it without counting as activity. */
  callerOf: (authorization: string | undefined, options: { touch: boolean }) => Promise<Caller>;
  live: LiveSources;
}

interface Connection {
  /** The `authorization` connection parameter, to check the session again. */
  token: string;
  caller: PersonCaller;
  clientAddress: string;
}

/** Why a socket is closed: graphql-ws clients do not retry 4401, so a widget asks to sign in again. */
const sessionEnded = 'UNAUTHENTICATED: Your session has ended. Sign in again.';
const signInFirst = 'UNAUTHENTICATED: Sign in to continue.';

/**
 * GraphQL subscriptions over WebSocket (graphql-transport-ws) on the HTTP server's port and
 * `/graphql` path, with the rules of HTTP: the host-page allow-list on the upgrade, the session
 * token in `connectionParams.authorization` (`Bearer …`, as the widgets send it over HTTP)
 * checked before the connection is acknowledged, the same input screening, depth and cost limits
 * and error masking, and a cap on subscriptions per socket. A socket whose session is revoked
 * closes at once (a notice from any gateway); one whose session expired, at its next check.
 * Queries and mutations stay on HTTP (idempotency keys, CSRF prevention, access log).
 */
export function serveSubscriptions(options: SubscriptionServerOptions) {
  const allowed = new Set(options.corsOrigins);
  const webSockets = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    // A browser always sends its page's origin; another origin is refused before the upgrade (403).
    verifyClient: ({ origin }: { origin?: string }, decide: (allow: boolean, status?: number) => void) =>
      decide(origin === undefined || allowed.has(origin), 403),
  });
  const connections = new Map<WebSocket, Connection>();
  const graphqlWs = useServer<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema: options.schema,
      onConnect: async ({ connectionParams, extra }) => {
        const authorization = connectionParams?.authorization;
        const token = typeof authorization === 'string' ? authorization : undefined;
        const caller = await options.callerOf(token, { touch: true });
        if (!token || caller.kind !== 'person') {
          const rejected = caller.kind !== 'anonymous' || caller.rejectedToken;
          extra.socket.close(CloseCode.Unauthorized, rejected ? sessionEnded : signInFirst);
          return false;
        }
        caller.globalPrivacyControl = extra.request.headers['sec-gpc'] === '1';
        connections.set(extra.socket, {
          token,
          caller,
          clientAddress: extra.request.socket.remoteAddress ?? 'unknown',
        });
        extra.socket.once('close', () => connections.delete(extra.socket));
        return true;
      },
      onSubscribe: ({ extra, subscriptions }, _id, payload) => {
        const connection = connections.get(extra.socket);
        if (!connection) return [refusal('Sign in to continue.', 'UNAUTHENTICATED')];
        // The new one is counted already.
        if (Object.keys(subscriptions).length > options.limits.maxPerConnection) {
          return [
            refusal(`At most ${options.limits.maxPerConnection} subscriptions per connection.`, 'BAD_USER_INPUT'),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [tagged(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
        if (invalid.length > 0) return invalid.map((error) => tagged(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            refusal('Only subscriptions go over the WebSocket; send queries and mutations over HTTP.', 'BAD_REQUEST'),
          ];
        }
        try {
          screenDocument(options.schema, document, operation, payload.variables ?? {});
        } catch (error) {
          return [error as GraphQLError];
        }
        const contextValue: LiveContext = {
          caller: connection.caller,
          clientAddress: connection.clientAddress,
          logFields: {},
          live: options.live,
        };
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onError: (_context, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error)),
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => options.formatError(error.toJSON(), error)) }
          : undefined,
    },
    webSockets,
  );

  const close = (socket: WebSocket) => socket.close(CloseCode.Unauthorized, sessionEnded);
  // Expiry has no notice: every socket checks its session now and then, without keeping it alive.
  const checks = setInterval(() => {
    for (const [socket, connection] of connections) {
      options
        .callerOf(connection.token, { touch: false })
        .then((caller) => caller.kind === 'person' || close(socket))
        .catch(() => {});
    }
  }, options.limits.sessionCheckMs);
  checks.unref();

  return {
    /** Closes the sockets of a revoked session, or of every session of a person. */
    endSessions(revoked: { sessionId: string } | { personId: string }): void {
      for (const [socket, { caller }] of connections) {
        const ended =
          'sessionId' in revoked ? caller.sessionId === revoked.sessionId : caller.personId === revoked.personId;
        if (ended) close(socket);
      }
    },
    /** For shutdown: every socket is told "going away" (1001), and clients reconnect to another gateway. */
    async dispose(): Promise<void> {
      clearInterval(checks);
      await graphqlWs.dispose();
    },
  };
}

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function tagged(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
