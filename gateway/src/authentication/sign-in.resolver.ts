import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import { SessionView, SignInChallengeView } from './authentication.types.js';
import type { SessionService } from './session.service.js';
import type { SignInService } from './sign-in.service.js';
import { signedInSession } from './signed-in-session.js';

@Resolver()
export class SignInResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
  ) {}

  @Authorized(Access.Anyone)
  @Mutation(() => SignInChallengeView, { description: 'Step 1: e-mail and password; a 6-digit code is sent by SMS.' })
  async startSignIn(
    @Ctx() context: RequestContext,
    @Arg('email', () => String, { description: 'The e-mail address of the account.' }) email: string,
    @Arg('password', () => String, { description: 'Its password.' }) password: string,
  ): Promise<SignInChallengeView> {
    return Object.assign(new SignInChallengeView(), await this.signIn.start(email, password, context.clientAddress));
  }

  @Authorized(Access.Anyone)
  @Mutation(() => SessionView, { description: 'Step 2: the code received by SMS opens a session.' })
  async completeSignIn(
    @Ctx() context: RequestContext,
    @Arg('challengeId', () => ID, { description: 'From `startSignIn`.' }) challengeId: string,
    @Arg('code', () => String, { description: 'The 6-digit code received by SMS.' }) code: string,
  ): Promise<SessionView> {
    return signedInSession(context, await this.signIn.complete(challengeId, code));
  }

  @Authorized(Access.SignedIn, Access.Recovery)
  @Mutation(() => Boolean, {
    description:
      'Ends the session at once, with every session of the same sign-in (other tabs) and its refresh cookie; signing in again starts at step 1.',
  })
  async signOut(@Ctx() context: RequestContext): Promise<boolean> {
    await this.sessions.revoke(personCaller(context).sessionId);
    context.sessionCookie?.clear();
    return true;
  }
}
