import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../common/language.js';
import { PageInfoView } from '../common/page-info.js';
import { SubscriptionView } from '../identity/index.js';
import { PurposeView } from '../purposes/index.js';
import { StateReason } from './effective-state.js';
import { ActorKind, CollectionChannel, Decision, SubjectKind } from './preference-event.entity.js';

registerEnumType(StateReason, {
  name: 'StateReason',
  description:
    "Why a purpose is in its state: the legal basis's DEFAULT, the person's OWN_CHOICE, their ADMINISTRATOR_CHOICE (a line), AGENT_RECORDED by phone, the browser's GPC_SIGNAL, an OUTSIDE_REGISTER, an OFFICE_DECISION (an upheld objection), or NOT_SWITCHABLE.",
});

registerEnumType(Decision, { name: 'Decision' });

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description:
    'Who made a change: the SUBJECT, their ADMINISTRATOR, an AGENT (by phone), the GPC signal, a REGISTER, the data protection OFFICE.',
});

registerEnumType(CollectionChannel, { name: 'CollectionChannel' });

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: 'PERSON, one of their lines (SUBSCRIPTION), or a non-customer CONTACT known by e-mail or phone.',
});

@ObjectType('ChannelState', { simpleResolvers: true })
export class ChannelStateView {
  @Field(() => String, { description: 'phone, sms, email, post or web-popup.' })
  channel!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { description: 'Allowed only when the purpose as a whole is allowed too.' })
  allowed!: boolean;

  @Field(() => StateReason)
  reason!: StateReason;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: "The ledger event of this channel's own decision, if any." })
  lastEventId!: string | null;
}

@ObjectType('PurposeState', {
  simpleResolvers: true,
  description: 'The effective state of one purpose for one subject, and why.',
})
export class PurposeStateView {
  @Field(() => PurposeView)
  purpose!: PurposeView;

  @Field(() => ID, { description: 'The person, line or contact this state is about.' })
  subjectId!: string;

  @Field(() => Boolean, { description: 'Whether the processing may happen.' })
  allowed!: boolean;

  @Field(() => StateReason)
  reason!: StateReason;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The text version the decision in force was taken on.' })
  decidedOnTextVersion!: number | null;

  @Field(() => ID, { nullable: true, description: 'The ledger event of the decision in force: ask for its receipt.' })
  lastEventId!: string | null;

  @Field(() => [ChannelStateView])
  channels!: ChannelStateView[];
}

@ObjectType('SubscriptionPreferences', { simpleResolvers: true })
export class SubscriptionPreferencesView {
  @Field(() => SubscriptionView)
  subscription!: SubscriptionView;

  @Field(() => [PurposeStateView])
  purposes!: PurposeStateView[];
}

@ObjectType('PrivacyPreferences', { simpleResolvers: true })
export class PrivacyPreferencesView {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => SubjectKind)
  subjectKind!: SubjectKind;

  @Field(() => Language)
  language!: Language;

  @Field(() => [PurposeStateView], { description: "Choices of the subject itself (person-level, or the line's own)." })
  purposes!: PurposeStateView[];

  @Field(() => [SubscriptionPreferencesView], {
    description:
      'For a person: the lines they may manage (an administrator every line of the account, a user their own).',
  })
  subscriptions!: SubscriptionPreferencesView[];
}

@ObjectType('PreferenceEvent', {
  simpleResolvers: true,
  description: 'One change of a choice, as the ledger holds it.',
})
export class PreferenceEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => SubjectKind)
  subjectKind!: SubjectKind;

  @Field(() => Int, { description: "Position in the subject's hash chain." })
  sequence!: number;

  @Field(() => String)
  purpose!: string;

  @Field(() => String, { nullable: true })
  channel!: string | null;

  @Field(() => Decision)
  decision!: Decision;

  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => Int, { nullable: true })
  textVersion!: number | null;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => ActorKind)
  actorKind!: ActorKind;

  @Field(() => ID, { nullable: true, description: "The acting person's id (for an agent: the agent's id)." })
  actorId!: string | null;

  @Field(() => CollectionChannel)
  collectionChannel!: CollectionChannel;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  hash!: string;
}

@ObjectType('PreferenceEventEdge', { simpleResolvers: true })
export class PreferenceEventEdgeView {
  @Field(() => String)
  cursor!: string;

  @Field(() => PreferenceEventView)
  node!: PreferenceEventView;
}

@ObjectType('PreferenceEventConnection', { simpleResolvers: true, description: 'Newest first.' })
export class PreferenceEventConnectionView {
  @Field(() => [PreferenceEventEdgeView])
  edges!: PreferenceEventEdgeView[];

  @Field(() => PageInfoView)
  pageInfo!: PageInfoView;
}

@ObjectType('LedgerVerification', { simpleResolvers: true })
export class LedgerVerificationView {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => Int)
  eventsChecked!: number;

  @Field(() => ID, { nullable: true, description: 'The first event whose stored hash or link does not match.' })
  firstInvalidEventId!: string | null;

  @Field(() => Int, { nullable: true })
  firstInvalidSequence!: number | null;

  @Field(() => String, { nullable: true, description: 'What is wrong with the chain or its head.' })
  problem!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The newest signed checkpoint, checked against this subject; null before the first.',
  })
  checkpointNumber!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The sequence of the subject's chain head that checkpoint signed; null when it holds none yet.",
  })
  checkpointedSequence!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What differs from the signed checkpoint: a chain rewritten, or events deleted or added after it.',
  })
  checkpointProblem!: string | null;
}
