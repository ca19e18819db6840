/**
 * The browser's WebAuthn API with its JSON helpers (WebAuthn Level 3): the gateway sends the
 * options as JSON and takes `PublicKeyCredential.toJSON()` back, so no base64url code or library
 * ships in the bundle. Browsers without the helpers get no passkey buttons: the SMS path stays.
 */
export function passkeysSupported(): boolean {
  return (
    globalThis.isSecureContext === true &&
    typeof PublicKeyCredential !== 'undefined' &&
    typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function' &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function'
  );
}

/** `navigator.credentials.create()` with the gateway's options; the answer as the gateway takes it. */
export async function createPasskey(options: Record<string, unknown>): Promise<Record<string, unknown>> {
  const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(
    options as unknown as PublicKeyCredentialCreationOptionsJSON,
  );
  const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
  return credential.toJSON() as unknown as Record<string, unknown>;
}

/** `navigator.credentials.get()` with the gateway's options; the answer as the gateway takes it. */
export async function usePasskey(options: Record<string, unknown>): Promise<Record<string, unknown>> {
  const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(
    options as unknown as PublicKeyCredentialRequestOptionsJSON,
  );
  const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
  return credential.toJSON() as unknown as Record<string, unknown>;
}

/** The person closed the browser's passkey dialog, or it timed out: no error to explain. */
export function passkeyCancelled(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}
