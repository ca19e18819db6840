import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import { badUserInput } from '../common/errors.js';

/*
 * What a browser's `PublicKeyCredential.toJSON()` sends, checked before any of it reaches the
 * WebAuthn library: base64url fields of bounded size, so that a malformed or huge answer is a clear
 * BAD_USER_INPUT instead of an exception deep in CBOR decoding. The bounds are generous for real
 * authenticators: a credential id is at most 1023 bytes (WebAuthn §5.1), an attestation object with
 * a certificate chain a few kilobytes.
 */
const base64url = (maxLength: number) =>
  z
    .string()
    .min(1)
    .max(maxLength)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'must be base64url' });

const credentialId = base64url(1_366);
const transports = z.array(z.string().max(32)).max(10);
const common = {
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  // Extension outputs are not used: only their presence as an object is required by the library.
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

const registrationSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4_096),
    attestationObject: base64url(16_384),
    transports: transports.optional(),
  }),
});

const authenticationSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(4_096),
    authenticatorData: base64url(4_096),
    signature: base64url(1_024),
    userHandle: base64url(88).optional(),
  }),
});

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'credential';
  throw badUserInput(
    `The passkey's answer is not a WebAuthn credential: ${where} ${issue?.message ?? 'is malformed'}.`,
    {
      field: 'credential',
    },
  );
}

/** The answer of `navigator.credentials.create()`, as JSON; BAD_USER_INPUT when it is not one. */
export function registrationResponse(value: unknown): RegistrationResponseJSON {
  return parsed(registrationSchema, value) as RegistrationResponseJSON;
}

/** The answer of `navigator.credentials.get()`, as JSON; BAD_USER_INPUT when it is not one. */
export function authenticationResponse(value: unknown): AuthenticationResponseJSON {
  return parsed(authenticationSchema, value) as AuthenticationResponseJSON;
}

const maxNameLength = 64;
// Control characters would let a name forge lines in the list or in e-mails.
const controlCharacter = /\p{Cc}/u;

/** A person's name for a passkey: trimmed, 1 to 64 characters, no control characters. */
export function passkeyName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > maxNameLength || controlCharacter.test(trimmed)) {
    throw badUserInput(`A passkey's name has 1 to ${maxNameLength} characters, without line breaks or tabs.`, {
      field: 'name',
    });
  }
  return trimmed;
}
