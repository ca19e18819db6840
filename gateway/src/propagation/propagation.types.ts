import { ArrayMaxSize, IsOptional, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType, PageInfoView } from '../common/page-info.js';
import { Decision, LedgerCheckpointView, SubjectKind } from '../preferences/index.js';
import { AttemptOutcome } from './delivery-attempt.entity.js';

@ObjectType('DownstreamSystem', { simpleResolvers: true, description: 'A system that must honour decisions.' })
export class DownstreamSystemView {
  @Field(() => ID, { description: 'The system id.' })
  id!: string;

  @Field(() => String, { description: 'Its stable key, such as crm; names it in every other operation.' })
  key!: string;

  @Field(() => String, { description: 'Its display name.' })
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

  @Field(() => String, { nullable: true, description: 'Why the webhook was disabled, as its endpoint answered.' })
  webhookDisabledReason!: string | null;

  @Field(() => Boolean, { description: 'False: it receives nothing and its API key is refused.' })
  active!: boolean;
}

@ObjectType('DownstreamCredentials', {
  simpleResolvers: true,
  description: 'Shown once: the gateway keeps only a hash of the API key and derives the signing secret.',
})
export class DownstreamCredentialsView {
  @Field(() => ID, { description: 'Stable: derived from the system and the version of its secrets.' })
  id!: string;

  @Field(() => DownstreamSystemView, { description: 'The system these credentials are for.' })
  system!: DownstreamSystemView;

  @Field(() => String, { description: 'For the pull feed: `Authorization: Bearer pxk_…`.' })
  apiKey!: string;

  @Field(() => String, { description: 'Standard Webhooks secret (`whsec_…`) to verify webhook signatures.' })
  webhookSecret!: string;
}

@InputType('RegisterDownstreamSystemInput', { description: 'A new system that must honour decisions.' })
export class RegisterDownstreamSystemInput {
  @Field(() => String, { description: 'Its stable key: 2 to 41 lowercase letters, digits and dashes.' })
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'key is 2 to 41 lowercase letters, digits and dashes' })
  key!: string;

  @Field(() => String, { description: 'Its display name.' })
  @Length(1, 200)
  name!: string;

  @Field(() => [String], { description: 'The purpose keys it receives and may read.' })
  @ArrayMaxSize(50)
  purposes!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Where to send signed webhooks; omitted: it reads the pull feed.',
  })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  @MaxLength(2000)
  webhookUrl?: string | null;
}

@InputType('UpdateDownstreamSystemInput', { description: 'What changes for one system; omitted fields stay.' })
export class UpdateDownstreamSystemInput {
  @Field(() => String, { description: 'The key of the system to change.' })
  key!: string;

  @Field(() => [String], { nullable: true, description: 'The purpose keys it receives from now on.' })
  @IsOptional()
  @ArrayMaxSize(50)
  purposes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes the webhook.' })
  @IsOptional()
  @MaxLength(2000)
  webhookUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops deliveries and refuses its API key.' })
  active?: boolean | null;
}

@ObjectType('DecisionSubject', { simpleResolvers: true, description: 'Whom a decision is about.' })
export class DecisionSubjectView {
  @Field(() => ID, { description: 'The pseudonymous subject id: the same in webhooks and the feed.' })
  id!: string;

  @Field(() => SubjectKind, { description: 'A person, a line or a contact.' })
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
      'The event type. preference.changed: apply the decision; subject.erased: delete what you hold of this subject (GDPR Art. 17 and 19); subject.rectified: fetch its corrected data again (Art. 16); ledger.checkpoint: keep this signed checkpoint of the ledger.',
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

  @Field(() => String, { nullable: true, description: 'The channel key of a per-channel decision; null otherwise.' })
  channel!: string | null;

  @Field(() => Decision, { nullable: true, description: 'Null for an erasure.' })
  decision!: Decision | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the processing may happen from now on; null for an erasure.',
  })
  allowed!: boolean | null;

  @Field(() => Date, { description: 'When the change was recorded.' })
  occurredAt!: Date;

  @Field(() => LedgerCheckpointView, {
    nullable: true,
    description: 'For ledger.checkpoint: the checkpoint, to verify with the ledger public key and keep.',
  })
  checkpoint!: LedgerCheckpointView | null;
}

@ObjectType('DecisionEdge', { simpleResolvers: true, description: 'One change in the feed.' })
export class DecisionEdgeView {
  @Field(() => String, { description: 'Keep it: pass as `after` to read on, or replay from here.' })
  cursor!: string;

  @Field(() => DecisionView, { description: 'The change.' })
  node!: DecisionView;
}

@ObjectType('DecisionFeed', {
  simpleResolvers: true,
  description: 'A Relay connection, oldest first; replay from any cursor.',
})
export class DecisionFeedView {
  @Field(() => [DecisionEdgeView], { description: 'The changes of this page.' })
  edges!: DecisionEdgeView[];

  @Field(() => PageInfoView, {
    description: 'On an empty page `endCursor` stays the cursor asked with: poll again with it.',
  })
  pageInfo!: PageInfoView;
}

@ObjectType('DeliveryProof', {
  simpleResolvers: true,
  description: 'Which system received and applied one event, and when.',
})
export class DeliveryProofView {
  @Field(() => ID, { description: 'The delivery (one event to one system).' })
  id!: string;

  @Field(() => String, { description: "The system's key." })
  systemKey!: string;

  @Field(() => String, { description: "The system's display name." })
  systemName!: string;

  @Field(() => Int, { description: 'How many attempts were made, replays included.' })
  attempts!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When a webhook first reached it, or it acknowledged the event read from the feed.',
  })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The 2xx of its webhook, or its acknowledgement in the feed.' })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null when none is scheduled.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set when it was parked (every retry failed, or the receiver refused it with a 4xx): the DPO may replay it.',
  })
  failedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What went wrong the last time, if anything.' })
  lastError!: string | null;

  @Field(() => [DeliveryAttemptView], { description: 'Every attempt, oldest first, replays included.' })
  history!: DeliveryAttemptView[];
}

registerEnumType(AttemptOutcome, {
  name: 'DeliveryOutcome',
  description:
    'What followed an attempt: ACKNOWLEDGED (a 2xx); RETRY (scheduled again); PARKED (refused with a 4xx or out of retries: waits for a replay); ENDPOINT_GONE (410: the webhook is disabled).',
  valuesConfig: {
    ACKNOWLEDGED: { description: 'The receiver answered 2xx.' },
    RETRY: { description: 'It failed; another attempt is scheduled.' },
    PARKED: { description: 'Refused with a 4xx or out of retries: waits for a replay.' },
    ENDPOINT_GONE: { description: 'The receiver answered 410 Gone: its webhook is disabled.' },
  },
});

@ObjectType('DeliveryAttempt', {
  simpleResolvers: true,
  description: 'One attempt to send a webhook: never rewritten.',
})
export class DeliveryAttemptView {
  @Field(() => ID, { description: 'The attempt.' })
  id!: string;

  @Field(() => Date, { description: 'When it was sent.' })
  attemptedAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status; null when none came (timeout, refused).",
  })
  statusCode!: number | null;

  @Field(() => Int, { description: 'Milliseconds until the answer (or the timeout).' })
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'What went wrong, if anything.' })
  error!: string | null;

  @Field(() => AttemptOutcome, { description: 'What followed.' })
  outcome!: AttemptOutcome;
}

@ObjectType('FailedDelivery', {
  simpleResolvers: true,
  description: 'A delivery whose every retry failed (parked): the office may replay it.',
})
export class FailedDeliveryView extends DeliveryProofView {
  @Field(() => ID, { description: 'The event that was not delivered; replay it with `replayDeliveries`.' })
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
  @Field(() => ID, { description: 'Stable: derived from the subject and the system.' })
  id!: string;

  @Field(() => String, { description: "The system's key." })
  systemKey!: string;

  @Field(() => String, { description: "The system's display name." })
  systemName!: string;

  @Field(() => Int, { description: 'Changes of this subject the system received and acknowledged.' })
  acknowledged!: number;

  @Field(() => Int, { description: 'Changes not acknowledged yet (on their way, or being retried).' })
  pending!: number;

  @Field(() => Int, { description: 'Changes parked after every retry failed.' })
  failed!: number;

  @Field(() => Date, { nullable: true, description: 'When the system last acknowledged a change of this subject.' })
  lastAcknowledgedAt!: Date | null;
}

@ObjectType('SystemLag', { simpleResolvers: true, description: 'How far behind a system is.' })
export class SystemLagView {
  @Field(() => ID, { description: 'Stable: derived from the system.' })
  id!: string;

  @Field(() => String, { description: "The system's key." })
  systemKey!: string;

  @Field(() => Date, { nullable: true, description: 'The oldest event it has not acknowledged.' })
  oldestUnacknowledgedAt!: Date | null;

  @Field(() => Int, { description: 'Deliveries not acknowledged yet.' })
  unacknowledged!: number;

  @Field(() => Int, { description: 'Deliveries parked after every retry failed.' })
  failed!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The 99th percentile of commit-to-acknowledgement time over the last hour, ms; null: none acknowledged.',
  })
  p99LagMsLastHour!: number | null;
}

export const FailedDeliveryConnectionView = connectionType(
  FailedDeliveryView,
  'FailedDelivery',
  'parked deliveries',
  'newest first',
);
