import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import { SessionView } from './authentication.types.js';
import type { Passkey } from './passkey.entity.js';
import type { PasskeySignInService } from './passkey-sign-in.service.js';
import type { PasskeysService } from './passkeys.service.js';
import { PasskeyRegistrationView, PasskeySignInChallengeView, PasskeyView } from './passkeys.types.js';
import { signedInSession } from './signed-in-session.js';

function passkeyView(passkey: Passkey): PasskeyView {
  return Object.assign(new PasskeyView(), {
    id: passkey.id,
    name: passkey.name,
    createdAt: passkey.createdAt,
    lastUsedAt: passkey.lastUsedAt,
    synced: passkey.backedUp,
  });
}

/** Sign-in with a passkey and the management of one's passkeys; the SMS sign-in stays as it is. */
@Resolver()
export class PasskeysResolver {
  constructor(
    private readonly management: PasskeysService,
    private readonly signIn: PasskeySignInService,
  ) {}

  @Authorized(Access.Anyone)
  @Mutation(() => PasskeySignInChallengeView, {
    description: 'Step 1 of a passkey sign-in: a challenge for `navigator.credentials.get()`; no e-mail needed.',
  })
  async startPasskeySignIn(@Ctx() context: RequestContext): Promise<PasskeySignInChallengeView> {
    return Object.assign(new PasskeySignInChallengeView(), await this.signIn.start(context.clientAddress));
  }

  @Authorized(Access.Anyone)
  @Mutation(() => SessionView, {
    description: 'Step 2: the authenticator’s answer opens a full session, as `completeSignIn` does; no SMS is sent.',
  })
  async completePasskeySignIn(
    @Ctx() context: RequestContext,
    @Arg('challengeId', () => ID, { description: 'From `startPasskeySignIn`.' }) challengeId: string,
    @Arg('credential', () => GraphQLJSONObject, {
      description: 'The answer of `navigator.credentials.get()`, as `PublicKeyCredential.toJSON()` gives it.',
    })
    credential: Record<string, unknown>,
  ): Promise<SessionView> {
    return signedInSession(context, await this.signIn.complete(challengeId, credential));
  }

  @Authorized(Access.SignedIn)
  @Query(() => [PasskeyView], { description: 'The signed-in person’s passkeys, oldest first.' })
  async passkeys(@Ctx() context: RequestContext): Promise<PasskeyView[]> {
    return (await this.management.list(personCaller(context))).map(passkeyView);
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => PasskeyRegistrationView, {
    description: 'Step 1 of adding a passkey: options for `navigator.credentials.create()`, for this session only.',
  })
  async startPasskeyRegistration(@Ctx() context: RequestContext): Promise<PasskeyRegistrationView> {
    return Object.assign(new PasskeyRegistrationView(), await this.management.startRegistration(personCaller(context)));
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => PasskeyView, { description: 'Step 2: saves the new passkey; the person is told by e-mail.' })
  async completePasskeyRegistration(
    @Ctx() context: RequestContext,
    @Arg('challengeId', () => ID, { description: 'From `startPasskeyRegistration`.' }) challengeId: string,
    @Arg('credential', () => GraphQLJSONObject, {
      description: 'The answer of `navigator.credentials.create()`, as `PublicKeyCredential.toJSON()` gives it.',
    })
    credential: Record<string, unknown>,
    @Arg('name', () => String, { nullable: true, description: 'A name for it, such as "Work laptop".' })
    name?: string,
  ): Promise<PasskeyView> {
    return passkeyView(
      await this.management.completeRegistration(personCaller(context), challengeId, credential, name ?? undefined),
    );
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => PasskeyView, { description: 'Gives one of one’s passkeys another name.' })
  async renamePasskey(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The passkey.' }) id: string,
    @Arg('name', () => String, { description: '1 to 64 characters.' }) name: string,
  ): Promise<PasskeyView> {
    return passkeyView(await this.management.rename(personCaller(context), id, name));
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => Boolean, {
    description: 'Removes one of one’s passkeys: it signs no one in any more. The person is told by e-mail.',
  })
  async revokePasskey(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'The passkey.' }) id: string,
  ): Promise<boolean> {
    await this.management.remove(personCaller(context), id);
    return true;
  }
}
