import { createHmac } from 'node:crypto';
import { newOpaqueToken, sha256Hex } from '../common/secrets.js';

/** A system's API key: shown once, stored as SHA-256. */
export function newApiKey(): { apiKey: string; apiKeyHash: string } {
  const apiKey = newOpaqueToken('pxk');
  return { apiKey, apiKeyHash: sha256Hex(apiKey) };
}

export function isApiKey(token: string): boolean {
  return token.startsWith('pxk_');
}

/**
 * A system's Standard Webhooks signing secret (`whsec_…`), derived from the gateway secret, the
 * system and the secret's version: nothing to store, the same on every gateway instance, and a
 * rotation (a new version) makes a new one.
 */
export function webhookSecret(gatewaySecret: string, systemId: string, version: number): string {
  const key = createHmac('sha256', gatewaySecret).update(`webhook-signing:${systemId}:${version}`).digest();
  return `whsec_${key.toString('base64')}`;
}
