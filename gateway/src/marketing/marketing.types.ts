import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/page-info.js';
import { DenialReason } from './marketing-decisions.js';

registerEnumType(DenialReason, {
  name: 'DenialReason',
  description:
    "Why a channel may not be used: the person's OBJECTION, MISSING_CONSENT (e-mail and texts to non-customers), the DO_NOT_CALL_ME register (calls), the ROBINSON list (post), or an INVALID_IDENTIFIER.",
  valuesConfig: {
    OBJECTION: { description: 'The person objected to direct marketing (on this channel or as a whole).' },
    MISSING_CONSENT: { description: 'E-mail or texts to a non-customer need consent, and there is none.' },
    DO_NOT_CALL_ME: { description: 'The number is on the Do Not Call Me register (calls).' },
    ROBINSON: { description: 'The address is on the Robinson list (post).' },
    INVALID_IDENTIFIER: { description: 'Not a valid number or address for this channel.' },
  },
});

@ObjectType('MarketingDecision', {
  simpleResolvers: true,
  description: 'Whether one number or address may be used on one channel for marketing, now.',
})
export class MarketingDecisionView {
  @Field(() => ID, { description: 'Stable: derived from the channel and the identifier.' })
  id!: string;

  @Field(() => String, { description: 'The number or address, as given.' })
  identifier!: string;

  @Field(() => Boolean, { description: 'Whether the channel may reach it.' })
  allowed!: boolean;

  @Field(() => DenialReason, { nullable: true, description: 'Why not; null when allowed.' })
  reason!: DenialReason | null;
}

@ObjectType('CampaignCheck', { simpleResolvers: true, description: 'A campaign file being checked in the background.' })
export class CampaignCheckView {
  @Field(() => ID, { description: 'The check, as POST /campaign-checks answered it.' })
  id!: string;

  @Field(() => String, { description: 'The channel key the file is checked for.' })
  channel!: string;

  @Field(() => String, { description: 'Where it stands: running, done or failed.' })
  status!: string;

  @Field(() => Int, { description: 'Lines in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Lines checked so far.' })
  processed!: number;

  @Field(() => Float, { description: 'The share checked, processed / total, 0 to 1.' })
  progress!: number;

  @Field(() => Int, { description: 'Lines that may not be used so far.' })
  denied!: number;

  @Field(() => Date, { description: 'When the check started.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while running.' })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, if it did.' })
  error!: string | null;
}

@ObjectType('CampaignCheckDenial', {
  simpleResolvers: true,
  description: 'A line of a campaign file that may not be used.',
})
export class CampaignCheckDenialView {
  @Field(() => ID, { description: 'Stable: derived from the check and the line.' })
  id!: string;

  @Field(() => Int, { description: 'The line of the file.' })
  line!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Null once the person it belonged to was erased: the line stays denied.',
  })
  identifier!: string | null;

  @Field(() => DenialReason, { description: 'Why it may not be used.' })
  reason!: DenialReason;
}

export const CampaignCheckDenialConnectionView = connectionType(
  CampaignCheckDenialView,
  'CampaignCheckDenial',
  'denied lines of a campaign file',
  'in file order',
);

@ObjectType('RegisterImport', {
  simpleResolvers: true,
  description: 'An import of the Do Not Call Me or Robinson file.',
})
export class RegisterImportView {
  @Field(() => ID, { description: 'The import.' })
  id!: string;

  @Field(() => String, { description: 'Which register: do-not-call-me or robinson.' })
  register!: string;

  @Field(() => String, { description: 'Where it stands: running, done, unchanged (the same file again) or failed.' })
  status!: string;

  @Field(() => Int, { description: 'Lines in the file.' })
  totalLines!: number;

  @Field(() => Int, { description: 'Lines read so far.' })
  processedLines!: number;

  @Field(() => Float, { description: 'The share read, 0 to 1.' })
  progress!: number;

  @Field(() => Int, { description: 'Lines that were not a valid number or address.' })
  rejectedLines!: number;

  @Field(() => Int, { description: 'Entries new since the previous import.' })
  added!: number;

  @Field(() => Int, { description: 'Entries gone since the previous import.' })
  removed!: number;

  @Field(() => Date, { description: 'When the import started.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while running.' })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, if it did.' })
  error!: string | null;
}

export const RegisterImportConnectionView = connectionType(
  RegisterImportView,
  'RegisterImport',
  'imports of the outside registers',
  'newest first',
);
