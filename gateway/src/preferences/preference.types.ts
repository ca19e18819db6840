import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../common/language.js';
import { PageInfoView } from '../common/page-info.js';
import { SubscriptionView } from '../identity/index.js';
import { PurposeView } from '../purposes/index.js';
import { ActedBy } from './acted-by.js';
import { StateReason } from './effective-state.js';
import { ActorKind, CollectionChannel, Decision, SubjectKind } from './preference-event.entity.js';

registerEnumType(StateReason, {
  name: 'StateReason',
  description:
    "Why a purpose is in its state: the legal basis's DEFAULT, the person's OWN_CHOICE, their ADMINISTRATOR_CHOICE (a line), AGENT_RECORDED by phone, the browser's GPC_SIGNAL, an OUTSIDE_REGISTER, an OFFICE_DECISION (an upheld objection), or NOT_SWITCHABLE.",
  valuesConfig: {
    DEFAULT: { description: 'Nobody chose: consent is off, legitimate interest on.' },
    OWN_CHOICE: { description: 'The subject chose it themselves.' },
    ADMINISTRATOR_CHOICE: { description: "The account's administrator chose it for this line." },
    AGENT_RECORDED: { description: 'A customer-service agent recorded it on the phone.' },
    GPC_SIGNAL: { description: "The browser's Global Privacy Control signal objected to it." },
    OUTSIDE_REGISTER: { description: 'The Do Not Call Me or Robinson register forbids the channel.' },
    OFFICE_DECISION: { description: 'The data protection office upheld an objection.' },
    NOT_SWITCHABLE: { description: 'Contract or legal obligation: shown for transparency, not a choice.' },
  },
});

registerEnumType(Decision, {
  name: 'Decision',
  description: 'What a change of a choice did.',
  valuesConfig: {
    GRANTED: { description: 'Consent given: the processing may happen.' },
    WITHDRAWN: { description: 'Consent withdrawn: the processing stops.' },
    OBJECTED: { description: 'Objection made to a legitimate interest: the processing stops.' },
    OBJECTION_WITHDRAWN: { description: 'Objection withdrawn: the processing may happen again.' },
  },
});

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description:
    'Who made a change: the SUBJECT, their ADMINISTRATOR, an AGENT (by phone), the GPC signal, a REGISTER, the data protection OFFICE.',
  valuesConfig: {
    SUBJECT: { description: 'The person the choice is about (or the user of the line).' },
    ADMINISTRATOR: { description: "The account's administrator, for a line." },
    AGENT: { description: 'A customer-service agent, on the phone.' },
    GPC: { description: "The browser's Global Privacy Control signal." },
    REGISTER: { description: 'An import of the Do Not Call Me or Robinson register.' },
    OFFICE: { description: 'The data protection office, deciding an objection.' },
  },
});

registerEnumType(CollectionChannel, {
  name: 'CollectionChannel',
  description: 'Where a choice was collected; the receipt records it.',
  valuesConfig: {
    WEB: { description: 'On a website.' },
    APP: { description: 'In a mobile app.' },
    PHONE: { description: 'By a customer-service agent on the phone.' },
    POST: { description: 'By letter.' },
  },
});

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description:
    'PERSON, one of their lines (SUBSCRIPTION), a non-customer CONTACT known by e-mail or phone, or a VISITOR of the sites.',
  valuesConfig: {
    PERSON: { description: 'A person with an account.' },
    SUBSCRIPTION: { description: 'A line (the `Line` type): its line-level choices.' },
    CONTACT: { description: 'Someone known only by an e-mail address or phone number.' },
    VISITOR: { description: 'A browser on an operator site, known by the id in its first-party cookie (cookies).' },
  },
});

@ObjectType('ChannelState', {
  simpleResolvers: true,
  description: 'The state of one channel of a purpose (direct marketing by phone, SMS, e-mail…) for one subject.',
})
export class ChannelStateView {
  @Field(() => ID, { description: 'Stable: derived from the subject, the purpose and the channel.' })
  id!: string;

  @Field(() => String, { description: 'Contract key: phone, sms, email, post or web-popup.' })
  channel!: string;

  @Field(() => String, { description: 'The channel named in the language asked for.' })
  label!: string;

  @Field(() => Boolean, { description: 'Allowed only when the purpose as a whole is allowed too.' })
  allowed!: boolean;

  @Field(() => StateReason, { description: 'Why the channel is in this state.' })
  reason!: StateReason;

  @Field(() => Date, { nullable: true, description: "When this channel's own decision was taken; null: none yet." })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: "The ledger event of this channel's own decision, if any." })
  lastEventId!: string | null;
}

@ObjectType('PurposeState', {
  simpleResolvers: true,
  description: 'The effective state of one purpose for one subject, and why.',
})
export class PurposeStateView {
  @Field(() => ID, {
    description:
      'Stable: derived from the subject and the purpose, so a mutation that returns this state updates it in a client cache.',
  })
  id!: string;

  @Field(() => PurposeView, { description: 'The purpose, with its text in the language asked for.' })
  purpose!: PurposeView;

  @Field(() => ID, { description: 'The person, line or contact this state is about.' })
  subjectId!: string;

  @Field(() => Boolean, { description: 'Whether the processing may happen.' })
  allowed!: boolean;

  @Field(() => StateReason, { description: 'Why the purpose is in this state.' })
  reason!: StateReason;

  @Field(() => Date, { nullable: true, description: 'When the decision in force was taken; null: the default holds.' })
  decidedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The text version the decision in force was taken on.' })
  decidedOnTextVersion!: number | null;

  @Field(() => ID, { nullable: true, description: 'The ledger event of the decision in force: ask for its receipt.' })
  lastEventId!: string | null;

  @Field(() => [ChannelStateView], { description: 'For a purpose with channels: each channel; otherwise empty.' })
  channels!: ChannelStateView[];
}

@ObjectType('LinePreferences', {
  simpleResolvers: true,
  description: 'One line and the choices made on it. Called `SubscriptionPreferences` before decision 15.',
})
export class SubscriptionPreferencesView {
  @Field(() => ID, { description: 'Stable: derived from the line.' })
  id!: string;

  @Field(() => SubscriptionView, { description: 'The line.' })
  line!: SubscriptionView;

  @Field(() => SubscriptionView, {
    description: 'The same as `line`.',
    deprecationReason: 'Use `line`: the product type is `Line` since decision 15.',
  })
  subscription!: SubscriptionView;

  @Field(() => [PurposeStateView], { description: "The line's own choices (TV, location reporting, directory…)." })
  purposes!: PurposeStateView[];
}

@ObjectType('PrivacyPreferences', {
  simpleResolvers: true,
  description: 'Everything a subject may choose, with the state of each choice and why.',
})
export class PrivacyPreferencesView {
  @Field(() => ID, { description: 'Stable: derived from the subject.' })
  id!: string;

  @Field(() => ID, { description: 'The person, line or contact these choices are about.' })
  subjectId!: string;

  @Field(() => SubjectKind, { description: 'What kind of subject it is.' })
  subjectKind!: SubjectKind;

  @Field(() => Language, { description: 'The language the texts are in.' })
  language!: Language;

  @Field(() => [PurposeStateView], { description: "Choices of the subject itself (person-level, or the line's own)." })
  purposes!: PurposeStateView[];

  @Field(() => [SubscriptionPreferencesView], {
    description:
      'For a person: the lines they may manage (an administrator every line of the account, a user their own).',
  })
  lines!: SubscriptionPreferencesView[];

  @Field(() => [SubscriptionPreferencesView], {
    description: 'The same as `lines`.',
    deprecationReason: 'Use `lines`: the product type is `Line` since decision 15.',
  })
  subscriptions!: SubscriptionPreferencesView[];
}

@ObjectType('PreferenceEvent', {
  simpleResolvers: true,
  description: 'One change of a choice, as the ledger holds it.',
})
export class PreferenceEventView {
  @Field(() => ID, { description: 'The ledger event id: ask for its receipt or propagation proof with it.' })
  id!: string;

  @Field(() => ID, { description: 'The person, line or contact the choice is about.' })
  subjectId!: string;

  @Field(() => SubjectKind, { description: 'What kind of subject it is.' })
  subjectKind!: SubjectKind;

  @Field(() => Int, { description: "Position in the subject's hash chain." })
  sequence!: number;

  @Field(() => String, { description: 'The purpose key, such as direct-marketing.' })
  purpose!: string;

  @Field(() => String, { nullable: true, description: 'The channel key for a per-channel choice; null otherwise.' })
  channel!: string | null;

  @Field(() => Decision, { description: 'What the change did.' })
  decision!: Decision;

  @Field(() => Boolean, { description: 'Whether the processing may happen after this change.' })
  allowed!: boolean;

  @Field(() => Int, { nullable: true, description: 'The text version shown when the choice was made.' })
  textVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'The language of the text shown: nl, fr, de or en.' })
  language!: string | null;

  @Field(() => ActorKind, { description: 'Who made the change.' })
  actorKind!: ActorKind;

  @Field(() => ID, { nullable: true, description: "The acting person's id (for an agent: the agent's id)." })
  actorId!: string | null;

  @Field(() => ActedBy, {
    description: 'Who made the change, seen from the caller: show this, not actorKind, to say "by you".',
  })
  actedBy!: ActedBy;

  @Field(() => CollectionChannel, { description: 'Where the choice was collected.' })
  collectionChannel!: CollectionChannel;

  @Field(() => Date, { description: 'When the change was recorded.' })
  occurredAt!: Date;

  @Field(() => String, { description: 'SHA-256 of the previous hash and this event, hex: the hash chain.' })
  hash!: string;
}

@ObjectType('PreferenceEventEdge', { simpleResolvers: true, description: 'One change of a choice in a page.' })
export class PreferenceEventEdgeView {
  @Field(() => String, { description: 'Pass as `after` to read on from this change.' })
  cursor!: string;

  @Field(() => PreferenceEventView, { description: 'The change.' })
  node!: PreferenceEventView;
}

@ObjectType('PreferenceEventConnection', { simpleResolvers: true, description: 'Changes of choices, newest first.' })
export class PreferenceEventConnectionView {
  @Field(() => [PreferenceEventEdgeView], { description: 'The changes of this page.' })
  edges!: PreferenceEventEdgeView[];

  @Field(() => PageInfoView, { description: 'Whether more follow, and from where.' })
  pageInfo!: PageInfoView;
}

@ObjectType('LedgerVerification', {
  simpleResolvers: true,
  description: "The result of recomputing one subject's hash chain.",
})
export class LedgerVerificationView {
  @Field(() => ID, { description: 'Stable: derived from the subject (the newest verification replaces the last).' })
  id!: string;

  @Field(() => ID, { description: 'The subject whose chain was checked.' })
  subjectId!: string;

  @Field(() => Boolean, { description: 'True when every hash and link matches and no event is missing.' })
  valid!: boolean;

  @Field(() => Int, { description: 'How many events were recomputed.' })
  eventsChecked!: number;

  @Field(() => ID, { nullable: true, description: 'The first event whose stored hash or link does not match.' })
  firstInvalidEventId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The sequence of that event.' })
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
