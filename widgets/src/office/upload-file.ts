import { GatewayError, gatewayErrorFrom } from '../graphql/gateway-error.js';
import { gatewayResource } from '../graphql/graphql-client.js';

/** Where an upload stands: the share of the file sent, 0 to 1. */
export type UploadProgress = (sent: number) => void;

/**
 * Sends a file to one of the gateway's REST routes as `text/csv`, with the bearer token, and
 * answers the route's JSON. XMLHttpRequest rather than fetch: only it reports the upload's
 * progress. A refusal comes back in GraphQL's error shape, as `GatewayError`.
 */
export function uploadFile(
  target: { gatewayUrl: string; path: string; method: 'PUT' | 'POST'; token: string },
  file: Blob,
  progress: UploadProgress,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(target.method, gatewayResource(target.gatewayUrl, target.path));
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('authorization', `Bearer ${target.token}`);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) progress(event.loaded / event.total);
    });
    request.upload.addEventListener('load', () => progress(1));
    request.addEventListener('error', () => reject(new GatewayError('NETWORK', 'The gateway cannot be reached.')));
    request.addEventListener('load', () => {
      const answer = (request.response ?? {}) as {
        errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
      };
      if (request.status >= 200 && request.status < 300) resolve(answer as Record<string, unknown>);
      else reject(gatewayErrorFrom(answer.errors?.[0] ?? {}));
    });
    request.send(file);
  });
}
