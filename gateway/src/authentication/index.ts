/** What other folders may use of authentication: sign-in (SMS code or passkey), passkeys, sessions, account recovery, password hashing. */
export { AccountRecoveryResolver } from './account-recovery.resolver.js';
export { AccountRecoveryService } from './account-recovery.service.js';
export { refreshNotAllowed } from './authentication.errors.js';
export { HashingLimits } from './hashing-limits.js';
export { PasskeySignInService } from './passkey-sign-in.service.js';
export { PasskeysResolver } from './passkeys.resolver.js';
export { PasskeysService } from './passkeys.service.js';
export { hashPassword } from './password-hasher.js';
export {
  presentedRefreshCredential,
  refreshCookieOf,
  refreshHeader,
  refreshRoutePath,
} from './refresh-cookie.js';
export { SessionService } from './session.service.js';
export { SessionRefreshService } from './session-refresh.service.js';
export { SignInResolver } from './sign-in.resolver.js';
export { SignInService } from './sign-in.service.js';
export { sessionView, signedInSession } from './signed-in-session.js';
