import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SessionScope } from '../common/caller.js';

registerEnumType(SessionScope, {
  name: 'SessionScope',
  description: 'FULL after a completed sign-in; RECOVERY after a password reset, only to set a new mobile number.',
  valuesConfig: {
    FULL: { description: 'Everything the person may do.' },
    RECOVERY: { description: 'Only `startMobileNumberChange`, `confirmMobileNumberChange`, `me` and `signOut`.' },
  },
});

@ObjectType('SignInChallenge', {
  simpleResolvers: true,
  description: 'A code was sent by SMS; complete the sign-in with it.',
})
export class SignInChallengeView {
  @Field(() => ID, { description: 'Pass it with the code to `completeSignIn`.' })
  challengeId!: string;

  @Field(() => ID, { description: 'The same as `challengeId`, for client caches.' })
  get id(): string {
    return this.challengeId;
  }

  @Field(() => String, { description: 'The number the code went to, partly masked: "+32 470 ** ** 01".' })
  maskedPhone!: string;

  @Field(() => Date, { description: 'The code stops working then: start again.' })
  expiresAt!: Date;
}

@ObjectType('Session', {
  simpleResolvers: true,
  description: 'Send the token as `Authorization: Bearer <accessToken>`; keep it in memory only.',
})
export class SessionView {
  @Field(() => ID, { description: 'Names the session without revealing its token.' })
  id!: string;

  @Field(() => String, { description: 'The bearer token; `signOut` ends it at once.' })
  accessToken!: string;

  @Field(() => Date, { description: 'The latest end of the session; inactivity ends it sooner.' })
  expiresAt!: Date;

  @Field(() => Int, { description: 'Seconds without a request after which the session ends.' })
  idleTimeoutSeconds!: number;

  @Field(() => SessionScope, { description: 'What the session may do.' })
  scope!: SessionScope;
}
