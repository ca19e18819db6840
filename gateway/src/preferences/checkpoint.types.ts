import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('LedgerCheckpoint', {
  simpleResolvers: true,
  description:
    "A signed checkpoint of the ledger: the Merkle root over every subject's chain head (decision 12). Verify `signature` over the body of decision 12 with the ledger's public key.",
})
export class LedgerCheckpointView {
  @Field(() => ID, { description: 'Its event id in the feed and in webhooks.' })
  id!: string;

  @Field(() => Int, { description: 'Its number: 1, 2, 3… without gaps.' })
  number!: number;

  @Field(() => String, { description: "The previous checkpoint's hash; 64 zeros for the first." })
  previousHash!: string;

  @Field(() => String, { description: 'SHA-256 Merkle root (RFC 9162 shape) over the chain heads, hex.' })
  root!: string;

  @Field(() => Int, { description: 'How many subjects the root covers.' })
  subjects!: number;

  @Field(() => String, { description: 'The ledger position up to which events are covered.' })
  position!: string;

  @Field(() => Date, { description: 'When it was signed.' })
  signedAt!: Date;

  @Field(() => String, { description: 'RFC 7638 thumbprint of the Ed25519 public key.' })
  keyId!: string;

  @Field(() => String, { description: 'Ed25519 signature over the signed body, base64.' })
  signature!: string;

  @Field(() => String, { description: 'SHA-256 of the signed body, hex: the next checkpoint links to it.' })
  hash!: string;
}

@ObjectType('LedgerPublicKey', { simpleResolvers: true, description: 'The key that signs ledger checkpoints.' })
export class LedgerPublicKeyView {
  @Field(() => ID, { description: 'The same as `keyId`: a new key is a new object.' })
  id!: string;

  @Field(() => String, { description: 'RFC 7638 thumbprint of the key; checkpoints name the key that signed them.' })
  keyId!: string;

  @Field(() => String, { description: 'Ed25519 public key, SPKI PEM.' })
  pem!: string;

  @Field(() => GraphQLJSONObject, { description: 'The same key as a JWK (RFC 8037).' })
  jwk!: Record<string, unknown>;
}
