import type { NodeSDK } from '@opentelemetry/sdk-node';

let sdk: NodeSDK | undefined;

/**
 * OpenTelemetry traces over OTLP/HTTP to `endpoint` (OTEL_EXPORTER_OTLP_ENDPOINT): HTTP, express,
 * pg and graphql spans, continuing a caller's `traceparent`. The SDK is imported only here, and
 * this runs before the gateway's modules load (main.ts) so that their libraries are patched; with
 * the setting unset nothing of it is loaded.
 */
export async function startTracing(endpoint: string): Promise<void> {
  const [{ NodeSDK }, { OTLPTraceExporter }, { HttpInstrumentation }, express, pg, graphql] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-graphql'),
  ]);
  sdk = new NodeSDK({
    serviceName: 'privacy-gateway',
    // Traces only: metrics are /metrics' (prom-client), logs pino's.
    metricReaders: [],
    logRecordProcessors: [],
    traceExporter: new OTLPTraceExporter({ url: new URL('v1/traces', endpoint.replace(/\/?$/, '/')).toString() }),
    instrumentations: [
      // Health probes and scrapes are not worth a trace each.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)\b/.test(request.url ?? ''),
      }),
      new express.ExpressInstrumentation(),
      new pg.PgInstrumentation(),
      // Field resolvers by the thousand would drown the trace: the operation and its root fields.
      new graphql.GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, depth: 2 }),
    ],
  });
  sdk.start();
}

/** Sends the spans still buffered; a no-op when tracing is off. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
}
