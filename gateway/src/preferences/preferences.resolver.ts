import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import { Language } from '../common/language.js';
import type { LedgerVerificationService } from './ledger-verification.service.js';
import type { NonCustomerObjectionService } from './non-customer-objection.service.js';
import {
  ConsentInput,
  LocationReportingOptOutInput,
  MarketingObjectionInput,
  NonCustomerObjectionInput,
  PersonalizedAdsInput,
  PreferenceInput,
} from './preference.inputs.js';
import {
  LedgerVerificationView,
  PreferenceEventConnectionView,
  PrivacyPreferencesView,
  PurposeStateView,
} from './preference.types.js';
import type { ChangeRequest, PreferenceChangeService } from './preference-change.service.js';
import type { PreferenceReadingService } from './preference-reading.service.js';
import type { ReceiptService } from './receipt.service.js';
import { PrivacySubjectView, type SubjectSearchService } from './subject-search.service.js';

const choice = 'The choice, whom it is about (omitted: the caller), and an idempotency key.';
const ofSubject = 'A person, line or contact, for those allowed; omitted: the caller.';

type CommonInput = Pick<
  ChangeRequest,
  'subjectId' | 'textVersion' | 'language' | 'collectionChannel' | 'idempotencyKey'
>;

function common(input: CommonInput): CommonInput {
  const { subjectId, textVersion, language, collectionChannel, idempotencyKey } = input;
  return { subjectId, textVersion, language, collectionChannel, idempotencyKey };
}

const changers = [Access.Customer, Access.CustomerServiceAgent];

@Resolver()
export class PreferencesResolver {
  constructor(
    private readonly changes: PreferenceChangeService,
    private readonly reading: PreferenceReadingService,
    private readonly nonCustomers: NonCustomerObjectionService,
    private readonly receipts: ReceiptService,
    private readonly verification: LedgerVerificationService,
    private readonly search: SubjectSearchService,
  ) {}

  @Authorized(...changers)
  @Mutation(() => PurposeStateView, { description: 'Says yes to a consent purpose; returns the new state.' })
  grantConsent(
    @Ctx() context: RequestContext,
    @Arg('input', () => ConsentInput, { description: choice }) input: ConsentInput,
  ) {
    return this.changes.change(personCaller(context), {
      ...common(input),
      operation: 'grantConsent',
      purpose: input.purpose,
      allowed: true,
      requiredBasis: { basis: 'consent', otherwise: 'setPreference or setMarketingObjection' },
    });
  }

  @Authorized(...changers)
  @Mutation(() => PurposeStateView, { description: 'Withdraws a consent: as easy as granting it (GDPR Art. 7(3)).' })
  withdrawConsent(
    @Ctx() context: RequestContext,
    @Arg('input', () => ConsentInput, { description: choice }) input: ConsentInput,
  ) {
    return this.changes.change(personCaller(context), {
      ...common(input),
      operation: 'withdrawConsent',
      purpose: input.purpose,
      allowed: false,
      requiredBasis: { basis: 'consent', otherwise: 'setPreference or setMarketingObjection' },
    });
  }

  @Authorized(...changers)
  @Mutation(() => PurposeStateView, {
    description: 'Objects to direct marketing as a whole or on one channel, or withdraws the objection.',
  })
  setMarketingObjection(
    @Ctx() context: RequestContext,
    @Arg('input', () => MarketingObjectionInput, { description: choice }) input: MarketingObjectionInput,
  ) {
    return this.changes.change(personCaller(context), {
      ...common(input),
      operation: 'setMarketingObjection',
      purpose: 'direct-marketing',
      channel: input.channel ?? null,
      allowed: !input.objected,
    });
  }

  @Authorized(...changers)
  @Mutation(() => PurposeStateView, {
    description:
      'The web profile, the ad partner (joint controller), and TV ads and recommendations per TV subscription.',
  })
  setPersonalizedAds(
    @Ctx() context: RequestContext,
    @Arg('input', () => PersonalizedAdsInput, { description: choice }) input: PersonalizedAdsInput,
  ) {
    return this.changes.change(personCaller(context), {
      ...common(input),
      operation: 'setPersonalizedAds',
      purpose: input.kind,
      allowed: input.enabled,
    });
  }

  @Authorized(...changers)
  @Mutation(() => PurposeStateView, {
    description: 'Takes a mobile line (subjectId) out of, or back into, anonymous location reports.',
  })
  setLocationReportingOptOut(
    @Ctx() context: RequestContext,
    @Arg('input', () => LocationReportingOptOutInput, { description: choice }) input: LocationReportingOptOutInput,
  ) {
    return this.changes.change(personCaller(context), {
      ...common(input),
      operation: 'setLocationReportingOptOut',
      purpose: 'location-reporting',
      allowed: !input.optedOut,
    });
  }

  @Authorized(...changers)
  @Mutation(() => PurposeStateView, {
    description: 'Any switchable purpose, such as directory-listing or directory-assistance of a number.',
  })
  setPreference(
    @Ctx() context: RequestContext,
    @Arg('input', () => PreferenceInput, { description: choice }) input: PreferenceInput,
  ) {
    return this.changes.change(personCaller(context), {
      ...common(input),
      operation: 'setPreference',
      purpose: input.purpose,
      channel: input.channel ?? null,
      allowed: input.allowed,
    });
  }

  @Authorized(Access.CustomerServiceAgent)
  @Mutation(() => PurposeStateView, {
    description: 'An agent records the marketing objection of a person known only by e-mail or phone number.',
  })
  recordNonCustomerObjection(
    @Ctx() context: RequestContext,
    @Arg('input', () => NonCustomerObjectionInput, { description: 'Whom, by e-mail or number, and which channel.' })
    input: NonCustomerObjectionInput,
  ) {
    return this.nonCustomers.record(personCaller(context), input);
  }

  @Authorized(Access.SignedIn)
  @Query(() => PrivacyPreferencesView, {
    description:
      "The effective state of every purpose with its reason: the caller's own (and their lines'), or a named subject's for those allowed. Staff reads are logged.",
  })
  privacyPreferences(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, { nullable: true, description: ofSubject }) subjectId: string | null,
    @Arg('lang', () => Language, {
      nullable: true,
      description: "The language of the texts; omitted: the caller's.",
    })
    lang: Language | null,
  ) {
    return this.reading.privacyPreferences(personCaller(context), subjectId, lang);
  }

  @Authorized(Access.SignedIn)
  @Query(() => PreferenceEventConnectionView, { description: 'Changes of choices, newest first, by cursor.' })
  preferenceHistory(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, {
      nullable: true,
      description: "A person, line or contact; omitted: the caller's own changes and their lines'.",
    })
    subjectId: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many to return, 1 to 100.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `endCursor` of the previous page; omitted: from the newest.',
    })
    after: string | null,
  ) {
    return this.reading.history(personCaller(context), subjectId, first, after);
  }

  @Authorized(Access.SignedIn)
  @Query(() => GraphQLJSONObject, {
    description: 'The receipt of one decision (ISO/IEC TS 27560 record fields), to download as JSON.',
  })
  preferenceReceipt(
    @Ctx() context: RequestContext,
    @Arg('eventId', () => ID, { description: 'A ledger event id, such as a PurposeState `lastEventId`.' })
    eventId: string,
  ) {
    return this.receipts.receipt(personCaller(context), eventId);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => LedgerVerificationView, {
    description: "Recomputes a subject's hash chain and names the first event that does not match (logged).",
  })
  verifyLedger(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, { description: 'The person, line or contact.' }) subjectId: string,
  ) {
    return this.verification.verify(personCaller(context), subjectId);
  }

  @Authorized(Access.CustomerServiceAgent, Access.DataProtectionOfficer)
  @Query(() => [PrivacySubjectView], {
    description: 'Finds people, lines and contacts by e-mail or phone number (logged).',
  })
  findPrivacySubjects(
    @Ctx() context: RequestContext,
    @Arg('email', () => String, { nullable: true, description: 'An e-mail address, exactly.' }) email: string | null,
    @Arg('phoneNumber', () => String, { nullable: true, description: 'A Belgian phone number, in any usual notation.' })
    phoneNumber: string | null,
  ) {
    return this.search.find(personCaller(context), email, phoneNumber);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => PrivacySubjectView, {
    description: 'One person, line or contact by its pseudonymous id, also after its erasure (logged).',
  })
  privacySubject(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, { description: 'The person, line or contact.' }) subjectId: string,
  ) {
    return this.search.one(personCaller(context), subjectId);
  }
}
