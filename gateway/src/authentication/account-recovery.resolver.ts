import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext, SessionScope } from '../common/caller.js';
import type { AccountRecoveryService } from './account-recovery.service.js';
import { SessionView, SignInChallengeView } from './authentication.types.js';
import { sessionView } from './signed-in-session.js';

@Resolver()
export class AccountRecoveryResolver {
  constructor(private readonly recovery: AccountRecoveryService) {}

  @Authorized(Access.Anyone)
  @Mutation(() => Boolean, {
    description: 'Sends a password-reset link by e-mail when the address has an account; always answers true.',
  })
  async requestPasswordReset(
    @Arg('email', () => String, { description: 'The e-mail address the person signs in with.' }) email: string,
  ): Promise<boolean> {
    await this.recovery.requestPasswordReset(email);
    return true;
  }

  @Authorized(Access.Anyone)
  @Mutation(() => SessionView, {
    description:
      'Sets a new password with the token of the e-mailed link. The RECOVERY session it returns may only set a new mobile number.',
  })
  async resetPassword(
    @Ctx() context: RequestContext,
    @Arg('token', () => String, { description: 'The token of the e-mailed link.' }) token: string,
    @Arg('newPassword', () => String, { description: 'The new password; the password policy applies.' })
    newPassword: string,
  ): Promise<SessionView> {
    return sessionView(
      await this.recovery.resetPassword(token, newPassword, context.clientAddress),
      SessionScope.RECOVERY,
    );
  }

  @Authorized(Access.Recovery)
  @Mutation(() => SignInChallengeView, { description: 'Sends a code to the new Belgian mobile number to prove it.' })
  async startMobileNumberChange(
    @Ctx() context: RequestContext,
    @Arg('mobileNumber', () => String, { description: 'A Belgian mobile number, such as +32470123456.' })
    mobileNumber: string,
  ): Promise<SignInChallengeView> {
    return Object.assign(
      new SignInChallengeView(),
      await this.recovery.startMobileNumberChange(personCaller(context), mobileNumber),
    );
  }

  @Authorized(Access.Recovery)
  @Mutation(() => Boolean, {
    description: 'Saves the new number with its code and ends the recovery session: sign in again.',
  })
  async confirmMobileNumberChange(
    @Ctx() context: RequestContext,
    @Arg('challengeId', () => ID, { description: 'From `startMobileNumberChange`.' }) challengeId: string,
    @Arg('code', () => String, { description: 'The 6-digit code sent to the new number.' }) code: string,
  ): Promise<boolean> {
    await this.recovery.confirmMobileNumberChange(personCaller(context), challengeId, code);
    return true;
  }
}
