import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
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
 * Written straight to the logger when the answer is sent: pino-http's child logger and
 * serializers per request cost a twelfth of the hot read's CPU (decision 29), and no route logs
 * anything else under the request.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    const reqId = incomingRequestId(request);
    response.setHeader('x-request-id', reqId);
    const line = (message: string, level: 'info' | 'warn' | 'error') =>
      logger[level](
        {
          reqId,
          req: { method: request.method, path: request.originalUrl.split('?')[0] },
          res: { status: response.statusCode },
          durationMs: Math.round(performance.now() - started),
          ...logFieldsOf(response),
        },
        message,
      );
    response.once('finish', () =>
      line('request completed', response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
    );
    response.once('close', () => {
      if (!response.writableFinished) line('request aborted', 'warn');
    });
    next();
  };
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
