import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** The largest file a reply carries: an identity card's front, photographed or scanned (decision 20). */
export const replyFileMaxBytes = 700_000;
/** What a reply's file may be, told apart by its first bytes, not by its name. */
export const replyMediaTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;

@InputType('InformationFileInput', {
  description: `A file sent with a reply: JPEG, PNG or PDF, at most ${replyFileMaxBytes} bytes.`,
})
export class InformationFileInput {
  @Field(() => String, { description: "The file's name on the person's device, such as `id-card.jpg`." })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: "The file's bytes, base64 (RFC 4648, with padding)." })
  // The bound of the bytes is checked after decoding; this only stops a value no file of the limit makes.
  @MaxLength(Math.ceil(replyFileMaxBytes / 3) * 4)
  contentBase64!: string;
}

@InputType('InformationReplyInput', {
  description: "The person's answer to the office's question on one of their requests.",
})
export class InformationReplyInput {
  @Field(() => ID, { description: 'The request, waiting for information from the caller.' })
  requestId!: string;

  @Field(() => String, { description: 'The answer, as text.' })
  @Length(1, 4000)
  text!: string;

  @Field(() => InformationFileInput, {
    nullable: true,
    description: 'A copy of an identity document, if asked; fields not needed may be masked.',
  })
  @IsOptional()
  file?: InformationFileInput | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key and input returns the first result.' })
  @IsOptional()
  @Length(1, 200)
  idempotencyKey?: string | null;
}

@ObjectType('InformationFile', { simpleResolvers: true, description: 'The file sent with a reply.' })
export class InformationFileView {
  @Field(() => ID, { description: 'Stable: derived from the reply it came with.' })
  id!: string;

  @Field(() => String, { description: "The file's name as sent." })
  name!: string;

  @Field(() => String, { description: 'The media type: image/jpeg, image/png or application/pdf.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  size!: number;

  @Field(() => String, { description: "The file's bytes, base64." })
  contentBase64!: string;
}

@ObjectType('InformationReply', { simpleResolvers: true, description: "A person's answer to the office's question." })
export class InformationReplyView {
  @Field(() => ID, { description: 'The reply.' })
  id!: string;

  @Field(() => ID, { description: 'The request it answers.' })
  requestId!: string;

  @Field(() => String, { description: 'What the person wrote.' })
  text!: string;

  @Field(() => InformationFileView, { nullable: true, description: 'The file they sent; null without one.' })
  file!: InformationFileView | null;

  @Field(() => Date, { description: 'When it was sent.' })
  sentAt!: Date;
}
