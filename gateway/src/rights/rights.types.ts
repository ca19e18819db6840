import { IsOptional, Length, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoView } from '../common/page-info.js';
import { RequestStatus, RequestType } from './data-subject-request.entity.js';
import { OfficeStep } from './office-steps.js';

registerEnumType(RequestType, {
  name: 'RequestType',
  description: 'Which right a data subject request exercises (GDPR Art. 15 to 22).',
  valuesConfig: {
    ACCESS: { description: 'Art. 15: an overview of the data held.' },
    EXPORT: { description: 'Art. 20: the data provided, machine-readable.' },
    ERASURE: { description: 'Art. 17: erase, except what the law keeps.' },
    RECTIFICATION: { description: 'Art. 16: correct wrong data.' },
    OBJECTION: { description: 'Art. 21: a motivated objection, decided by the office.' },
    AUTOMATED_DECISION_REVIEW: { description: 'Art. 22: a person reviews an automatic decision.' },
  },
});

registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description:
    'AWAITING_IDENTITY (taken by phone, identity to confirm), IN_PROGRESS (the deadline runs), AWAITING_INFORMATION (the clock stands still), COMPLETED, REJECTED.',
  valuesConfig: {
    AWAITING_IDENTITY: { description: "Taken by phone: the office confirms the requester's identity first." },
    IN_PROGRESS: { description: 'The deadline runs.' },
    AWAITING_INFORMATION: { description: 'The office asked the person for information: the clock stands still.' },
    COMPLETED: { description: 'Answered and closed.' },
    REJECTED: { description: 'Refused, with the reason, and closed.' },
  },
});

@ObjectType('RequestHistoryStep', { simpleResolvers: true, description: 'One step in the life of a request.' })
export class RequestHistoryStepView {
  @Field(() => ID, { description: 'The step.' })
  id!: string;

  @Field(() => String, {
    description:
      'What happened: filed, identity-confirmed, assigned, information-requested, information-received, extended, completed, rejected.',
  })
  step!: string;

  @Field(() => ID, { description: 'Who took the step: the person or a member of staff.' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'What the office wrote with it, if anything.' })
  note!: string | null;

  @Field(() => Date, { description: 'When.' })
  at!: Date;
}

@ObjectType('ExportArchive', { simpleResolvers: true, description: 'The archive of a portability request.' })
export class ExportArchiveView {
  @Field(() => ID, { description: 'The archive.' })
  id!: string;

  @Field(() => String, { description: 'Where it stands: building, ready or failed.' })
  status!: string;

  @Field(() => Float, { description: 'How far it is built, 0 to 1.' })
  progress!: number;

  @Field(() => Date, { nullable: true, description: 'When it could be downloaded.' })
  readyAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The archive is deleted then; ask again for a new one.' })
  expiresAt!: Date | null;

  @Field(() => String, { description: 'GET this path on the gateway with the bearer token: a zip of JSON and CSV.' })
  downloadPath!: string;
}

@ObjectType('DataSubjectRequest', {
  simpleResolvers: true,
  description: 'A request of a data subject exercising a GDPR right, with its deadline and every step.',
})
export class DataSubjectRequestView {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => RequestType, { description: 'Which right.' })
  type!: RequestType;

  @Field(() => RequestStatus, { description: 'Where it stands.' })
  status!: RequestStatus;

  @Field(() => ID, {
    description: 'The person or contact it is about: a pseudonymous id that still opens their proof after an erasure.',
  })
  subjectId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The person's name (a non-customer's e-mail address or number); null once erased.",
  })
  subjectName!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'What was asked: a reason, the decision to review, the data to correct.',
  })
  details!: Record<string, string>;

  @Field(() => String, { description: 'How it came in: web (by the person) or phone (through an agent).' })
  filedThrough!: string;

  @Field(() => Date, { description: 'When it was filed.' })
  receivedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Null while no deadline runs: identity to confirm, or waiting for information.',
  })
  dueAt!: Date | null;

  @Field(() => Boolean, { description: 'The deadline was extended (once, to 60 days in all).' })
  extended!: boolean;

  @Field(() => Boolean, { description: 'Open and past its deadline.' })
  overdue!: boolean;

  @Field(() => Boolean, { description: 'Open and due within 7 days.' })
  dueSoon!: boolean;

  @Field(() => ID, { nullable: true, description: 'The member of staff working on it.' })
  assigneeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the member of staff working on it.' })
  assigneeName!: string | null;

  @Field(() => [OfficeStep], { description: 'The steps the office may take on it now; empty once closed.' })
  allowedSteps!: OfficeStep[];

  @Field(() => Date, { nullable: true, description: 'When it was completed or rejected.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The answer given, once closed.' })
  outcome!: string | null;

  @Field(() => [RequestHistoryStepView], { description: 'Every step, oldest first.' })
  history!: RequestHistoryStepView[];

  @Field(() => ExportArchiveView, { nullable: true, description: 'For an export: its archive, with progress.' })
  exportArchive!: ExportArchiveView | null;
}

@ObjectType('DataSubjectRequestEdge', { simpleResolvers: true, description: 'One request in a page of the queue.' })
export class DataSubjectRequestEdgeView {
  @Field(() => String, { description: 'Pass as `after` to read on from this request.' })
  cursor!: string;

  @Field(() => DataSubjectRequestView, { description: 'The request.' })
  node!: DataSubjectRequestView;
}

@ObjectType('DataSubjectRequestConnection', {
  simpleResolvers: true,
  description: 'Requests, newest first. Called `DataSubjectRequestPage` before decision 15.',
})
export class DataSubjectRequestPageView {
  @Field(() => [DataSubjectRequestEdgeView], { description: 'The requests of this page.' })
  edges!: DataSubjectRequestEdgeView[];

  @Field(() => PageInfoView, { description: 'Whether more follow, and from where.' })
  pageInfo!: PageInfoView;

  @Field(() => [DataSubjectRequestView], {
    description: 'The nodes of `edges`.',
    deprecationReason: 'Use `edges { node }` (decision 15).',
  })
  requests!: DataSubjectRequestView[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
    deprecationReason: 'Use `pageInfo { hasNextPage endCursor }` (decision 15).',
  })
  nextCursor!: string | null;
}

@InputType('FileRequestInput', {
  description: 'A request of the caller, or for an agent the caller on the phone (subjectId).',
})
export class FileRequestInput {
  @Field(() => ID, { nullable: true, description: 'Agents: the person or non-customer contact calling.' })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key and input returns the first result.' })
  @IsOptional()
  @Length(1, 200)
  idempotencyKey?: string | null;
}

@InputType('RectificationInput', { description: 'A correction of data the person cannot change directly.' })
export class RectificationInput extends FileRequestInput {
  @Field(() => String, { description: 'What is wrong, and what it should be.' })
  @Length(1, 2000)
  correction!: string;
}

@InputType('MotivatedObjectionInput', { description: 'An objection, with a reason, to one processing.' })
export class MotivatedObjectionInput extends FileRequestInput {
  @Field(() => String, { description: 'The processing objected to.' })
  @Length(1, 200)
  processing!: string;

  @Field(() => String, { description: 'The reason: required for an objection to processing other than marketing.' })
  @Length(1, 2000)
  reason!: string;
}

@InputType('AutomatedDecisionReviewInput', { description: 'A request that a person review an automatic decision.' })
export class AutomatedDecisionReviewInput extends FileRequestInput {
  @Field(() => String, { description: 'The automated decision to have reviewed by a person.' })
  @Length(1, 500)
  decision!: string;
}

@InputType('RequestFilter', { description: 'Which requests of the queue; every field given must hold.' })
export class RequestFilterInput {
  @IsOptional()
  @Field(() => RequestStatus, { nullable: true, description: 'Only in this status.' })
  status?: RequestStatus | null;

  @IsOptional()
  @Field(() => RequestType, { nullable: true, description: 'Only of this type.' })
  type?: RequestType | null;

  @IsOptional()
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only open ones past their deadline; false: none of those.',
  })
  overdue?: boolean | null;

  @IsOptional()
  @Field(() => Boolean, { nullable: true, description: 'True: only open ones due within 7 days.' })
  dueSoon?: boolean | null;

  @IsOptional()
  @Field(() => Date, { nullable: true, description: 'Only those due before this moment.' })
  dueBefore?: Date | null;

  @IsOptional()
  @Field(() => ID, { nullable: true, description: 'Only those about this subject.' })
  subjectId?: string | null;

  @IsOptional()
  @Field(() => ID, { nullable: true, description: 'Only those assigned to this member of staff.' })
  assigneeId?: string | null;
}

@InputType('RequestActionInput', { description: 'One step the office takes on a request.' })
export class RequestActionInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, or what: required to ask for information, extend, complete or reject.',
  })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'For assign: the staff member; omitted, the caller.' })
  assigneeId?: string | null;
}
