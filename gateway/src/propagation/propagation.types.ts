import { ArrayMaxSize, IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoView } from '../common/page-info.js';
import { Decision, LedgerCheckpointView, SubjectKind } from '../preferences/index.js';
import { AttemptOutcome } from './delivery-attempt.entity.js';

@ObjectType('DownstreamSystem', { simpleResolvers: true, description: 'A system that must honour decisions.' })
export class DownstreamSystemView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'The purpose keys it receives and may read; nothing else.' })
  purposes!: string[];

  @Field(() => String, { nullable: true, description: 'Where signed webhooks go; none: it reads the pull feed.' })
  webhookUrl!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its webhook answered 410 Gone and was disabled; setting a webhook URL again resumes it.',
  })
  webhookDisabledAt!: Date | null;

  @Field(() => String, { nullable: true })
  webhookDisabledReason!: string | null;

  @Field(() => Boolean)
  active!: boolean;
}

@ObjectType('DownstreamCredentials', {
  simpleResolvers: true,
  description: 'Shown once: the gateway keeps only a hash of the API key and derives the signing secret.',
})
export class DownstreamCredentialsView {
  @Field(() => DownstreamSystemView)
  system!: DownstreamSystemView;

  @Field(() => String, { description: 'For the pull feed: `Authorization: Bearer pxk_…`.' })
  apiKey!: string;

  @Field(() => String, { description: 'Standard Webhooks secret (`whsec_…`) to verify webhook signatures.' })
  webhookSecret!: string;
}

@InputType('RegisterDownstreamSystemInput')
export class RegisterDownstreamSystemInput {
  @Field(() => String)
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'key is 2 to 41 lowercase letters, digits and dashes' })
  key!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => [String])
  @ArrayMaxSize(50)
  purposes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  @MaxLength(2000)
  webhookUrl?: string | null;
}

@InputType('UpdateDownstreamSystemInput')
export class UpdateDownstreamSystemInput {
  @Field(() => String)
  key!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  purposes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes the webhook.' })
  @IsOptional()
  @MaxLength(2000)
  webhookUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ObjectType('DecisionSubject', { simpleResolvers: true })
export class DecisionSubjectView {
  @Field(() => ID)
  id!: string;

  @Field(() => SubjectKind)
  kind!: SubjectKind;

  @Field(() => String, { nullable: true, description: "A line's number." })
  phoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: "A line's customer number." })
  customerNumber!: string | null;
}

@ObjectType('DecisionFeedItem', {
  simpleResolvers: true,
  description: 'One change of a choice, as a downstream system must apply it.',
})
export class DecisionView {
  @Field(() => ID, { description: 'The ledger event id; acknowledge it once applied.' })
  id!: string;

  @Field(() => String, {
    description:
      'preference.changed; subject.erased: delete what you hold of this subject (GDPR Art. 17 and 19); subject.rectified: fetch its corrected data again (Art. 16); ledger.checkpoint: keep this signed checkpoint of the ledger.',
  })
  type!: string;

  @Field(() => DecisionSubjectView, { nullable: true, description: 'Null for a ledger checkpoint.' })
  subject!: DecisionSubjectView | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "A preference change's place in its subject's ledger chain. The feed's order (commit order) already keeps each subject's order: apply in feed order. Null for events outside the ledger (subject.erased, subject.rectified).",
  })
  sequence!: number | null;

  @Field(() => String, { nullable: true, description: 'Null for a subject event (erasure, rectification).' })
  purpose!: string | null;

  @Field(() => String, { nullable: true })
  channel!: string | null;

  @Field(() => Decision, { nullable: true, description: 'Null for an erasure.' })
  decision!: Decision | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the processing may happen from now on; null for an erasure.',
  })
  allowed!: boolean | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => LedgerCheckpointView, {
    nullable: true,
    description: 'For ledger.checkpoint: the checkpoint, to verify with the ledger public key and keep.',
  })
  checkpoint!: LedgerCheckpointView | null;
}

@ObjectType('DecisionEdge', { simpleResolvers: true })
export class DecisionEdgeView {
  @Field(() => String)
  cursor!: string;

  @Field(() => DecisionView)
  node!: DecisionView;
}

@ObjectType('DecisionFeed', { simpleResolvers: true, description: 'Oldest first; replay from any cursor.' })
export class DecisionFeedView {
  @Field(() => [DecisionEdgeView])
  edges!: DecisionEdgeView[];

  @Field(() => PageInfoView)
  pageInfo!: PageInfoView;
}

@ObjectType('DeliveryProof', {
  simpleResolvers: true,
  description: 'Which system received and applied one event, and when.',
})
export class DeliveryProofView {
  @Field(() => String)
  systemKey!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The 2xx of its webhook, or its acknowledgement in the feed.' })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set when it was parked (every retry failed, or the receiver refused it with a 4xx): the DPO may replay it.',
  })
  failedAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => [DeliveryAttemptView], { description: 'Every attempt, oldest first, replays included.' })
  history!: DeliveryAttemptView[];
}

registerEnumType(AttemptOutcome, {
  name: 'DeliveryOutcome',
  description:
    'What followed an attempt: ACKNOWLEDGED (a 2xx); RETRY (scheduled again); PARKED (refused with a 4xx or out of retries: waits for a replay); ENDPOINT_GONE (410: the webhook is disabled).',
});

@ObjectType('DeliveryAttempt', {
  simpleResolvers: true,
  description: 'One attempt to send a webhook: never rewritten.',
})
export class DeliveryAttemptView {
  @Field(() => Date)
  attemptedAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status; null when none came (timeout, refused).",
  })
  statusCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => AttemptOutcome)
  outcome!: AttemptOutcome;
}

@ObjectType('FailedDelivery', { simpleResolvers: true })
export class FailedDeliveryView extends DeliveryProofView {
  @Field(() => ID)
  eventId!: string;

  @Field(() => String, { description: 'The event type: preference.changed, subject.erased, ledger.checkpoint…' })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null for events that concern no purpose (erasure, checkpoint).',
  })
  purpose!: string | null;
}

@ObjectType('SubjectPropagation', {
  simpleResolvers: true,
  description: "Where one subject's changes stand at one system.",
})
export class SubjectPropagationView {
  @Field(() => String)
  systemKey!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => Int, { description: 'Changes of this subject the system received and acknowledged.' })
  acknowledged!: number;

  @Field(() => Int, { description: 'Changes not acknowledged yet (on their way, or being retried).' })
  pending!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Date, { nullable: true })
  lastAcknowledgedAt!: Date | null;
}

@ObjectType('SystemLag', { simpleResolvers: true, description: 'How far behind a system is.' })
export class SystemLagView {
  @Field(() => String)
  systemKey!: string;

  @Field(() => Date, { nullable: true, description: 'The oldest event it has not acknowledged.' })
  oldestUnacknowledgedAt!: Date | null;

  @Field(() => Int)
  unacknowledged!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { nullable: true, description: 'p99 of commit-to-acknowledgement time over the last hour, ms.' })
  p99LagMsLastHour!: number | null;
}
