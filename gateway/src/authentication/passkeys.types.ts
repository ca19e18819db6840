import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Passkey', {
  simpleResolvers: true,
  description: 'A passkey that signs its person in without an SMS code.',
})
export class PasskeyView {
  @Field(() => ID, { description: 'Names it for `renamePasskey` and `revokePasskey`.' })
  id!: string;

  @Field(() => String, { description: 'The name the person gave it ("Passkey 2" until they give one).' })
  name!: string;

  @Field(() => Date, { description: 'When it was added.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it last signed the person in; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Boolean, {
    description: 'Whether the passkey is synced to the person’s other devices (their password manager keeps a copy).',
  })
  synced!: boolean;
}

@ObjectType('PasskeyRegistration', {
  simpleResolvers: true,
  description: 'Pass `options` to `navigator.credentials.create()`, then the answer to `completePasskeyRegistration`.',
})
export class PasskeyRegistrationView {
  @Field(() => ID, { description: 'Pass it with the answer to `completePasskeyRegistration`.' })
  challengeId!: string;

  @Field(() => ID, { description: 'The same as `challengeId`, for client caches.' })
  get id(): string {
    return this.challengeId;
  }

  @Field(() => GraphQLJSONObject, {
    description: 'PublicKeyCredentialCreationOptionsJSON: `PublicKeyCredential.parseCreationOptionsFromJSON(options)`.',
  })
  options!: Record<string, unknown>;

  @Field(() => Date, { description: 'The challenge stops working then: start again.' })
  expiresAt!: Date;
}

@ObjectType('PasskeySignInChallenge', {
  simpleResolvers: true,
  description: 'Pass `options` to `navigator.credentials.get()`, then the answer to `completePasskeySignIn`.',
})
export class PasskeySignInChallengeView {
  @Field(() => ID, { description: 'Pass it with the answer to `completePasskeySignIn`.' })
  challengeId!: string;

  @Field(() => ID, { description: 'The same as `challengeId`, for client caches.' })
  get id(): string {
    return this.challengeId;
  }

  @Field(() => GraphQLJSONObject, {
    description: 'PublicKeyCredentialRequestOptionsJSON: `PublicKeyCredential.parseRequestOptionsFromJSON(options)`.',
  })
  options!: Record<string, unknown>;

  @Field(() => Date, { description: 'The challenge stops working then: start again.' })
  expiresAt!: Date;
}
