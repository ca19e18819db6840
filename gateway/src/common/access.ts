import type { AuthChecker } from 'type-graphql';
import { assertNever } from './assert-never.js';
import type { Caller, RequestContext } from './caller.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * Who may call a root field, declared on every query and mutation with `@Authorized(...)`.
 * A test walks the schema and fails on a root field that declares nothing.
 */
export const Access = {
  /** No session needed (signing in, asking for a password reset). */
  Anyone: 'anyone',
  /** Any person with a fully signed-in session: customer or staff. */
  SignedIn: 'signed-in',
  /** A signed-in person who is not staff. */
  Customer: 'customer',
  /** A session opened by a password-reset link: it may only set the mobile number and sign out. */
  Recovery: 'recovery',
  DataProtectionOfficer: 'data-protection-officer',
  CustomerServiceAgent: 'customer-service-agent',
  /** A downstream system with its API key. */
  DownstreamSystem: 'downstream-system',
} as const;

export type AccessRole = (typeof Access)[keyof typeof Access];

export const authChecker: AuthChecker<RequestContext, AccessRole> = ({ context }, roles) => {
  authorize(context.caller, roles);
  return true;
};

/** Throws UNAUTHENTICATED or FORBIDDEN unless the caller holds one of `roles`: GraphQL fields and REST routes alike. */
export function authorize(caller: Caller, roles: readonly AccessRole[]): void {
  if (roles.includes(Access.Anyone)) return;
  if (caller.kind === 'anonymous') {
    throw unauthenticated(caller.rejectedToken ? 'Your session has ended. Sign in again.' : 'Sign in to continue.');
  }
  const allowed = roles.some((role) => {
    if (caller.kind === 'system') return role === Access.DownstreamSystem || role === Access.Anyone;
    switch (role) {
      case Access.SignedIn:
        return caller.scope === 'full';
      case Access.Customer:
        return caller.scope === 'full' && caller.staffRole === null;
      case Access.Recovery:
        return caller.scope === 'recovery';
      case Access.DataProtectionOfficer:
      case Access.CustomerServiceAgent:
        return caller.scope === 'full' && caller.staffRole === role;
      case Access.Anyone:
        return true;
      case Access.DownstreamSystem:
        return false;
      default:
        return assertNever(role);
    }
  });
  if (!allowed) throw forbidden();
}
