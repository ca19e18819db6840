import type { ValueOf } from './domain-list.js';
import type { Language } from './language.js';

/**
 * Who is calling, resolved once per request from the bearer token. Services receive it and
 * decide with it; nothing reads the HTTP request after this point.
 */
export const StaffRole = {
  DATA_PROTECTION_OFFICER: 'data-protection-officer',
  CUSTOMER_SERVICE_AGENT: 'customer-service-agent',
} as const;
export type StaffRole = ValueOf<typeof StaffRole>;

export const SessionScope = { FULL: 'full', RECOVERY: 'recovery' } as const;
export type SessionScope = ValueOf<typeof SessionScope>;

export interface PersonCaller {
  kind: 'person';
  personId: string;
  sessionId: string;
  scope: SessionScope;
  staffRole: StaffRole | null;
  /** The person's language: the default for texts they are shown. */
  language: Language;
  /** The browser sent `Sec-GPC: 1` with this request: honoured when the person's own choices are read or changed. */
  globalPrivacyControl?: boolean;
}

export interface AnonymousCaller {
  kind: 'anonymous';
  /** A token was sent but is unknown, expired or revoked: say so rather than "sign in". */
  rejectedToken: boolean;
  /** The browser sent `Sec-GPC: 1`: honoured in a visitor's cookie choices. */
  globalPrivacyControl?: boolean;
}

/** A downstream system calling with its API key: it reads only the purposes it is scoped to. */
export interface SystemCaller {
  kind: 'system';
  systemId: string;
  purposes: string[];
}

export type Caller = PersonCaller | SystemCaller | AnonymousCaller;

/** Sets or clears the refresh cookie on the answer to this request (authentication/refresh-cookie.ts). */
export interface SessionCookie {
  set(credential: string, expiresAt: Date): void;
  clear(): void;
}

export interface RequestContext {
  caller: Caller;
  /** The answer's refresh cookie: over HTTP only (a WebSocket carries no mutation that opens or ends a session). */
  sessionCookie?: SessionCookie;
  /** The client's address, for limits and audit. */
  clientAddress: string;
  /** What this request's access log line says of the GraphQL operation (server/request-logging.ts). */
  logFields: { operation?: string; rootField?: string; callerKind?: string; errorCodes?: string[] };
}

/** The signed-in caller of a field whose `@Authorized` already refused anonymous callers. */
export function personCaller(context: RequestContext): PersonCaller {
  if (context.caller.kind !== 'person') throw new Error('personCaller() on a field open to other callers');
  return context.caller;
}

/** The downstream system calling a field whose `@Authorized` admits only systems. */
export function systemCaller(context: RequestContext): SystemCaller {
  if (context.caller.kind !== 'system') throw new Error('systemCaller() on a field open to other callers');
  return context.caller;
}
