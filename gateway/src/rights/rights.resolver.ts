import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import { Language } from '../common/language.js';
import type { AccessOverviewService } from './access-overview.service.js';
import type { ErasureService } from './erasure.service.js';
import type { ObjectionDecisionService } from './objection-decision.service.js';
import type { OfficeQueueService } from './office-queue.service.js';
import type { OfficeAction } from './request-lifecycle.js';
import type { RequestsService } from './requests.service.js';
import {
  AutomatedDecisionReviewInput,
  DataSubjectRequestPageView,
  DataSubjectRequestView,
  FileRequestInput,
  MotivatedObjectionInput,
  RectificationInput,
  RequestActionInput,
  RequestFilterInput,
} from './rights.types.js';
import { RequestReportRowView, StaffReadConnectionView, type StaffReadsService } from './staff-reads.service.js';

const filers = [Access.Customer, Access.CustomerServiceAgent];
const afterCursor = 'The `endCursor` of the previous page; omitted: from the newest.';
const pageSize = (largest: number) => `How many to return, 1 to ${largest}.`;

@Resolver()
export class RightsResolver {
  constructor(
    private readonly requests: RequestsService,
    private readonly office: OfficeQueueService,
    private readonly staffReads: StaffReadsService,
    private readonly access: AccessOverviewService,
    private readonly erasure: ErasureService,
    private readonly objections: ObjectionDecisionService,
  ) {}

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, {
    description:
      'Decides a motivated objection or an automated-decision review; an upheld objection stops that processing for the person (propagated) and completes the request.',
  })
  decideObjection(
    @Ctx() context: RequestContext,
    @Arg('requestId', () => ID, { description: 'A motivated objection or review in progress.' }) requestId: string,
    @Arg('upheld', () => Boolean, { description: 'True upholds the objection: the processing stops.' })
    upheld: boolean,
    @Arg('note', () => String, { description: 'The reasons, as the person is told them.' }) note: string,
    @Arg('purpose', () => String, {
      nullable: true,
      description: 'For an upheld objection: the purpose key whose processing stops.',
    })
    purpose: string | null,
  ) {
    return this.objections.decide(personCaller(context), { requestId, upheld, note, purpose });
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, {
    description:
      'Carries out an erasure request: personal data deleted except what the law keeps (named in the answer), every downstream system told, the request completed.',
  })
  carryOutErasure(
    @Ctx() context: RequestContext,
    @Arg('requestId', () => ID, { description: 'An erasure request in progress.' }) requestId: string,
  ) {
    return this.erasure.carryOut(personCaller(context), requestId);
  }

  @Authorized(Access.SignedIn)
  @Query(() => GraphQLJSONObject, {
    description:
      "GDPR Art. 15: the data held about a person (the caller's own, or a subject's for staff, logged), why, from where, for how long, and the kinds of recipients.",
  })
  dataAccessOverview(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, { nullable: true, description: 'Staff: the subject; omitted: the caller.' })
    subjectId: string | null,
    @Arg('lang', () => Language, {
      defaultValue: Language.en,
      description: 'The language of the categories’ titles, origins and retention periods.',
    })
    lang: Language,
  ) {
    return this.access.overview(personCaller(context), subjectId, lang);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => StaffReadConnectionView, {
    description:
      "Every read of personal data by staff, newest first; one subject's reads are a read of that subject (logged).",
  })
  staffReadLog(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, { nullable: true, description: 'Only reads of this subject.' }) subjectId:
      | string
      | null,
    @Arg('staffPersonId', () => ID, { nullable: true, description: 'Only reads by this member of staff.' })
    staffPersonId: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: pageSize(1000) }) first: number,
    @Arg('after', () => String, { nullable: true, description: afterCursor }) after: string | null,
  ) {
    return this.staffReads.log(personCaller(context), { subjectId, staffPersonId }, { first, after });
  }

  @Authorized(Access.Customer)
  @Query(() => StaffReadConnectionView, { description: 'Who at the operator looked at my data, and when.' })
  staffReadsOfMyData(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 100, description: pageSize(1000) }) first: number,
    @Arg('after', () => String, { nullable: true, description: afterCursor }) after: string | null,
  ) {
    return this.staffReads.ofMe(personCaller(context), { first, after });
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => [RequestReportRowView], { description: 'Requests by type and status, overdue, median time to answer.' })
  requestReport() {
    return this.staffReads.report();
  }

  @Authorized(...filers)
  @Mutation(() => DataSubjectRequestView, {
    description: 'An overview of the data held: which, why, from where, to whom.',
  })
  requestDataAccess(
    @Ctx() context: RequestContext,
    @Arg('input', () => FileRequestInput, { description: 'Who files it, and an idempotency key.' })
    input: FileRequestInput,
  ) {
    return this.requests.file(personCaller(context), 'access', input);
  }

  @Authorized(...filers)
  @Mutation(() => DataSubjectRequestView, {
    description: 'The data the person provided, machine-readable (portability).',
  })
  requestDataExport(
    @Ctx() context: RequestContext,
    @Arg('input', () => FileRequestInput, { description: 'Who files it, and an idempotency key.' })
    input: FileRequestInput,
  ) {
    return this.requests.file(personCaller(context), 'export', input);
  }

  @Authorized(...filers)
  @Mutation(() => DataSubjectRequestView, { description: 'Erasure, except what the law makes the operator keep.' })
  requestErasure(
    @Ctx() context: RequestContext,
    @Arg('input', () => FileRequestInput, { description: 'Who files it, and an idempotency key.' })
    input: FileRequestInput,
  ) {
    return this.requests.file(personCaller(context), 'erasure', input);
  }

  @Authorized(...filers)
  @Mutation(() => DataSubjectRequestView, {
    description: 'Correction of wrong data the person cannot change directly.',
  })
  requestRectification(
    @Ctx() context: RequestContext,
    @Arg('input', () => RectificationInput, { description: 'The correction asked for.' }) input: RectificationInput,
  ) {
    return this.requests.file(personCaller(context), 'rectification', input, { correction: input.correction });
  }

  @Authorized(...filers)
  @Mutation(() => DataSubjectRequestView, {
    description:
      'An objection, with a reason, to processing not needed for a contract or a legal obligation; the office decides.',
  })
  fileMotivatedObjection(
    @Ctx() context: RequestContext,
    @Arg('input', () => MotivatedObjectionInput, { description: 'The processing and the reason.' })
    input: MotivatedObjectionInput,
  ) {
    return this.requests.file(personCaller(context), 'objection', input, {
      processing: input.processing,
      reason: input.reason,
    });
  }

  @Authorized(...filers)
  @Mutation(() => DataSubjectRequestView, { description: 'A person reviews a purely automatic decision.' })
  requestAutomatedDecisionReview(
    @Ctx() context: RequestContext,
    @Arg('input', () => AutomatedDecisionReviewInput, { description: 'The decision to review.' })
    input: AutomatedDecisionReviewInput,
  ) {
    return this.requests.file(personCaller(context), 'automated-decision-review', input, { decision: input.decision });
  }

  @Authorized(Access.Customer)
  @Query(() => [DataSubjectRequestView], {
    description: "The caller's own requests, newest first, with status and deadline.",
    deprecationReason: 'Use `myRequests`: the same requests as a connection, a page at a time (decision 15).',
  })
  myDataSubjectRequests(@Ctx() context: RequestContext) {
    return this.requests.mine(personCaller(context));
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => DataSubjectRequestPageView, {
    description: 'The queue of the data protection office; a staff read of every subject on the page (logged).',
  })
  dataSubjectRequests(
    @Ctx() context: RequestContext,
    @Arg('filter', () => RequestFilterInput, { defaultValue: {}, description: 'Which requests; omitted: all.' })
    filter: RequestFilterInput,
    @Arg('first', () => Int, { defaultValue: 50, description: pageSize(200) }) first: number,
    @Arg('after', () => String, { nullable: true, description: afterCursor }) after: string | null,
  ) {
    return this.office.queue(personCaller(context), filter, first, after);
  }

  private act(context: RequestContext, action: OfficeAction, input: RequestActionInput) {
    return this.requests.act(personCaller(context), action, input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, {
    description: 'Gives the request to a member of staff (default: the caller).',
  })
  assignRequest(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'assign', input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, { description: "Confirms the requester's identity: the deadline starts." })
  confirmRequesterIdentity(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'confirm-identity', input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, {
    description: 'Asks the person for information (they are e-mailed); the clock stops.',
  })
  askForInformation(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'ask-information', input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, { description: 'The information asked for is in: the clock runs again.' })
  recordInformationReceived(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'record-information', input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, {
    description:
      'Extends the deadline once, to 60 days in all, with reasons, before the first deadline passes (the person is e-mailed).',
  })
  extendRequestDeadline(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'extend', input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, { description: 'Records the answer given and closes the request.' })
  completeRequest(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'complete', input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DataSubjectRequestView, { description: 'Refuses the request, with the reason, and closes it.' })
  rejectRequest(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestActionInput, { description: 'The request, and the note of this step.' })
    input: RequestActionInput,
  ) {
    return this.act(context, 'reject', input);
  }
}
