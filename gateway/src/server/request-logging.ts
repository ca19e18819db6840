import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { RequestContext } from '../common/caller.js';

/** What a GraphQL request adds to its access log line: filled by the plugin, read when the line is written. */
export type OperationLogFields = RequestContext['logFields'];

const requestId = /^[\w.:-]{1,128}$/;
const traceParent = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The caller's request id (`x-request-id`), or the trace id of a W3C `traceparent`, or a new one. */
function incomingRequestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  if (typeof given === 'string' && requestId.test(given)) return given;
  const trace = traceParent.exec(String(request.headers.traceparent ?? ''))?.[1];
  return trace ?? randomUUID();
}

export function logFieldsOf(response: ServerResponse): OperationLogFields {
  const locals = (response as ServerResponse & { locals?: { graphql?: OperationLogFields } }).locals;
  return locals?.graphql ?? {};
}

/**
 * One JSON line per request: request id (echoed in `x-request-id`), method, path without its
 * query (a GET query's variables may name a person), status, duration, and for GraphQL the
 * operation, the kind of caller and the error codes. Never a body, never a header's secret.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (request, response) => {
      const id = incomingRequestId(request);
      response.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { responseTime: 'durationMs' },
    // The request id as a top-level field of every line of the request.
    quietReqLogger: true,
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
      res: (response: { statusCode: number }) => ({ status: response.statusCode }),
    },
    customProps: (_request, response) => ({ ...logFieldsOf(response) }),
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  });
}

/** Fills the GraphQL fields of the access log line. */
export function operationLogging(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const fields = contextValue.logFields;
      fields.callerKind =
        contextValue.caller.kind === 'person' && contextValue.caller.staffRole
          ? contextValue.caller.staffRole
          : contextValue.caller.kind;
      return {
        async didResolveOperation({ operationName, operation }) {
          const field = operation?.selectionSet.selections[0];
          fields.rootField = field?.kind === 'Field' ? field.name.value : undefined;
          fields.operation = operationName ?? fields.rootField;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = (errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
          if (codes.length > 0) fields.errorCodes = [...new Set(codes)];
        },
      };
    },
  };
}
