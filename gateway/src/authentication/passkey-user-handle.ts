/**
 * The WebAuthn user handle of a person: the 16 bytes of their pseudonymous id, never an e-mail
 * address or a name (authenticators may show and sync it).
 */
export function userHandleOf(personId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(personId.replaceAll('-', ''), 'hex'));
}
