import { GatewayError, gatewayErrorFrom } from '../graphql/gateway-error.js';
import { gatewayResource } from '../graphql/graphql-client.js';

/** Long enough for the browser to start saving the file; then the archive's memory is freed. */
const keepBlobMs = 60_000;

/**
 * Fetches the person's export archive with the bearer token in the Authorization header (never in
 * a URL, where logs and history would keep it) and saves it through a Blob URL and a `download` link.
 */
export async function downloadExport(gatewayUrl: string, downloadPath: string, token: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(gatewayResource(gatewayUrl, downloadPath), {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    throw new GatewayError('NETWORK', 'The gateway cannot be reached.');
  }
  if (!response.ok) {
    // The gateway's REST routes refuse in GraphQL's error shape.
    const answer = (await response.json().catch(() => ({}))) as {
      errors?: { message?: unknown; extensions?: { code?: unknown } }[];
    };
    throw gatewayErrorFrom(answer.errors?.[0] ?? {});
  }
  const address = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = address;
  link.download = 'my-proximus-data.zip';
  link.click();
  setTimeout(() => URL.revokeObjectURL(address), keepBlobMs);
}
