import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SessionScope } from '../common/caller.js';

registerEnumType(SessionScope, {
  name: 'SessionScope',
  description: 'FULL after a completed sign-in; RECOVERY after a password reset, only to set a new mobile number.',
});

@ObjectType('SignInChallenge', {
  simpleResolvers: true,
  description: 'A code was sent by SMS; complete the sign-in with it.',
})
export class SignInChallengeView {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String, { description: 'The number the code went to, partly masked: "+32 470 ** ** 01".' })
  maskedPhone!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('Session', {
  simpleResolvers: true,
  description: 'Send the token as `Authorization: Bearer <accessToken>`; keep it in memory only.',
})
export class SessionView {
  @Field(() => String)
  accessToken!: string;

  @Field(() => Date, { description: 'The latest end of the session; inactivity ends it sooner.' })
  expiresAt!: Date;

  @Field(() => Int, { description: 'Seconds without a request after which the session ends.' })
  idleTimeoutSeconds!: number;

  @Field(() => SessionScope)
  scope!: SessionScope;
}
