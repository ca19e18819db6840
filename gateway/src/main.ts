/**
 * The entry point. Tracing, when OTEL_EXPORTER_OTLP_ENDPOINT is set, starts before the gateway's
 * modules are loaded: OpenTelemetry patches http, express, pg and graphql as they load.
 */
const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
if (endpoint && URL.canParse(endpoint)) {
  // The hook that lets OpenTelemetry patch what an ES module imports (express, here).
  const { register } = await import('node:module');
  register('import-in-the-middle/hook.mjs', import.meta.url);
  const { startTracing } = await import('./common/tracing.js');
  await startTracing(endpoint);
}
await import('./gateway-main.js');
