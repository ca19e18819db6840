import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DenialReason } from './marketing-decisions.js';

registerEnumType(DenialReason, {
  name: 'DenialReason',
  description:
    "Why a channel may not be used: the person's OBJECTION, MISSING_CONSENT (e-mail and texts to non-customers), the DO_NOT_CALL_ME register (calls), the ROBINSON list (post), or an INVALID_IDENTIFIER.",
});

@ObjectType('MarketingDecision', { simpleResolvers: true })
export class MarketingDecisionView {
  @Field(() => String, { description: 'As given.' })
  identifier!: string;

  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => DenialReason, { nullable: true })
  reason!: DenialReason | null;
}

@ObjectType('CampaignCheck', { simpleResolvers: true, description: 'A campaign file being checked in the background.' })
export class CampaignCheckView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  channel!: string;

  @Field(() => String, { description: 'running, done or failed.' })
  status!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  processed!: number;

  @Field(() => Float, { description: 'processed / total, 0 to 1.' })
  progress!: number;

  @Field(() => Int)
  denied!: number;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType('CampaignCheckDenial', { simpleResolvers: true })
export class CampaignCheckDenialView {
  @Field(() => Int, { description: 'The line of the file.' })
  line!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Null once the person it belonged to was erased: the line stays denied.',
  })
  identifier!: string | null;

  @Field(() => DenialReason)
  reason!: DenialReason;
}

@ObjectType('RegisterImport', {
  simpleResolvers: true,
  description: 'An import of the Do Not Call Me or Robinson file.',
})
export class RegisterImportView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'do-not-call-me or robinson.' })
  register!: string;

  @Field(() => String, { description: 'running, done, unchanged (the same file again) or failed.' })
  status!: string;

  @Field(() => Int)
  totalLines!: number;

  @Field(() => Int)
  processedLines!: number;

  @Field(() => Float)
  progress!: number;

  @Field(() => Int, { description: 'Lines that were not a valid number or address.' })
  rejectedLines!: number;

  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  removed!: number;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}
