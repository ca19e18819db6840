import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** What the gateway sends as WebAuthn options, as far as an authenticator reads them. */
interface CeremonyOptions {
  challenge: string;
  rp?: { id?: string };
  rpId?: string;
  user?: { id: string };
}

export interface SoftwareAuthenticatorOptions {
  /** The page the ceremony runs on, as the browser would put it in clientDataJSON. */
  origin: string;
  /** The relying party id the authenticator signs for (its SHA-256 is in the authenticator data). */
  rpId: string;
  /** Whether it reports user verification (PIN, biometrics); real passkeys do. */
  userVerified?: boolean;
}

const flags = { userPresent: 0x01, userVerified: 0x04, attestedCredentialData: 0x40 };

function sha256(data: Uint8Array | string): Buffer {
  return createHash('sha256').update(data).digest();
}

function counterBytes(count: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(count);
  return bytes;
}

/**
 * A WebAuthn authenticator in the test process (ES256, "none" attestation), answering the
 * gateway's options as a browser and a platform authenticator would, built from node:crypto and
 * the CBOR encoder the WebAuthn library itself uses. Tests change its answers to play an attacker.
 */
export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16).toString('base64url');
  private readonly privateKey: KeyObject;
  private readonly publicKey: Uint8Array;
  private userHandle = '';
  signCount = 0;

  constructor(private readonly settings: SoftwareAuthenticatorOptions) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = pair.privateKey;
    const jwk = pair.publicKey.export({ format: 'jwk' });
    const coordinate = (value: string | undefined) => Buffer.from(value ?? '', 'base64url');
    this.publicKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, coordinate(jwk.x)],
        [-3, coordinate(jwk.y)],
      ]),
    );
  }

  private clientData(type: string, options: CeremonyOptions, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge: options.challenge, origin, crossOrigin: false }));
  }

  private authenticatorData(rpId: string, attested?: Buffer): Buffer {
    const flagByte =
      flags.userPresent |
      (this.settings.userVerified === false ? 0 : flags.userVerified) |
      (attested ? flags.attestedCredentialData : 0);
    return Buffer.concat([
      sha256(rpId),
      Buffer.from([flagByte]),
      counterBytes(this.signCount),
      attested ?? Buffer.alloc(0),
    ]);
  }

  private credentialJson<Response extends object>(clientDataJSON: Buffer, response: Response) {
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: { clientDataJSON: clientDataJSON.toString('base64url'), ...response },
    };
  }

  /** The JSON of `navigator.credentials.create(options)` (`PublicKeyCredential.toJSON()`). */
  register(options: CeremonyOptions, overrides: { origin?: string; rpId?: string } = {}) {
    this.userHandle = options.user?.id ?? '';
    const id = Buffer.from(this.credentialId, 'base64url');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(id.length);
    const attested = Buffer.concat([Buffer.alloc(16), length, id, this.publicKey]);
    const authData = this.authenticatorData(overrides.rpId ?? options.rp?.id ?? this.settings.rpId, attested);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', authData],
      ]),
    );
    const clientDataJSON = this.clientData('webauthn.create', options, overrides.origin ?? this.settings.origin);
    return this.credentialJson(clientDataJSON, {
      attestationObject: Buffer.from(attestationObject).toString('base64url'),
      transports: ['internal'],
    });
  }

  /** The JSON of `navigator.credentials.get(options)`; each answer counts one more signature. */
  authenticate(options: CeremonyOptions, overrides: { origin?: string; rpId?: string } = {}) {
    this.signCount += 1;
    const authData = this.authenticatorData(overrides.rpId ?? options.rpId ?? this.settings.rpId);
    const clientDataJSON = this.clientData('webauthn.get', options, overrides.origin ?? this.settings.origin);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey);
    return this.credentialJson(clientDataJSON, {
      authenticatorData: authData.toString('base64url'),
      signature: signature.toString('base64url'),
      // A credential that was never registered has no user handle to return.
      ...(this.userHandle ? { userHandle: this.userHandle } : {}),
    });
  }
}
