import { IsOptional, Length, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { RequestStatus, RequestType } from './data-subject-request.entity.js';

registerEnumType(RequestType, { name: 'RequestType' });

registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description:
    'AWAITING_IDENTITY (taken by phone, identity to confirm), IN_PROGRESS (the deadline runs), AWAITING_INFORMATION (the clock stands still), COMPLETED, REJECTED.',
});

@ObjectType('RequestHistoryStep', { simpleResolvers: true })
export class RequestHistoryStepView {
  @Field(() => String, {
    description:
      'filed, identity-confirmed, assigned, information-requested, information-received, extended, completed, rejected.',
  })
  step!: string;

  @Field(() => ID)
  actorId!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('ExportArchive', { simpleResolvers: true, description: 'The archive of a portability request.' })
export class ExportArchiveView {
  @Field(() => String, { description: 'building, ready or failed.' })
  status!: string;

  @Field(() => Float, { description: '0 to 1.' })
  progress!: number;

  @Field(() => Date, { nullable: true })
  readyAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The archive is deleted then; ask again for a new one.' })
  expiresAt!: Date | null;

  @Field(() => String, { description: 'GET this path on the gateway with the bearer token: a zip of JSON and CSV.' })
  downloadPath!: string;
}

@ObjectType('DataSubjectRequest', { simpleResolvers: true })
export class DataSubjectRequestView {
  @Field(() => ID)
  id!: string;

  @Field(() => RequestType)
  type!: RequestType;

  @Field(() => RequestStatus)
  status!: RequestStatus;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'What was asked: a reason, the decision to review, the data to correct.',
  })
  details!: Record<string, string>;

  @Field(() => String, { description: 'web (by the person) or phone (through an agent).' })
  filedThrough!: string;

  @Field(() => Date)
  receivedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Null while no deadline runs: identity to confirm, or waiting for information.',
  })
  dueAt!: Date | null;

  @Field(() => Boolean)
  extended!: boolean;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => Boolean, { description: 'Open and due within 7 days.' })
  dueSoon!: boolean;

  @Field(() => ID, { nullable: true })
  assigneeId!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => [RequestHistoryStepView], { description: 'Every step, oldest first.' })
  history!: RequestHistoryStepView[];

  @Field(() => ExportArchiveView, { nullable: true, description: 'For an export: its archive, with progress.' })
  exportArchive!: ExportArchiveView | null;
}

@ObjectType('DataSubjectRequestPage', { simpleResolvers: true })
export class DataSubjectRequestPageView {
  @Field(() => [DataSubjectRequestView])
  requests!: DataSubjectRequestView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  nextCursor!: string | null;
}

@InputType('FileRequestInput', {
  description: 'A request of the caller, or for an agent the caller on the phone (subjectId).',
})
export class FileRequestInput {
  @Field(() => ID, { nullable: true, description: 'Agents: the person or non-customer contact calling.' })
  subjectId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  idempotencyKey?: string | null;
}

@InputType('RectificationInput')
export class RectificationInput extends FileRequestInput {
  @Field(() => String, { description: 'What is wrong, and what it should be.' })
  @Length(1, 2000)
  correction!: string;
}

@InputType('MotivatedObjectionInput')
export class MotivatedObjectionInput extends FileRequestInput {
  @Field(() => String, { description: 'The processing objected to.' })
  @Length(1, 200)
  processing!: string;

  @Field(() => String, { description: 'The reason: required for an objection to processing other than marketing.' })
  @Length(1, 2000)
  reason!: string;
}

@InputType('AutomatedDecisionReviewInput')
export class AutomatedDecisionReviewInput extends FileRequestInput {
  @Field(() => String, { description: 'The automated decision to have reviewed by a person.' })
  @Length(1, 500)
  decision!: string;
}

@InputType('RequestFilter')
export class RequestFilterInput {
  @IsOptional()
  @Field(() => RequestStatus, { nullable: true })
  status?: RequestStatus | null;

  @IsOptional()
  @Field(() => RequestType, { nullable: true })
  type?: RequestType | null;

  @IsOptional()
  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @IsOptional()
  @Field(() => Boolean, { nullable: true })
  dueSoon?: boolean | null;

  @IsOptional()
  @Field(() => Date, { nullable: true })
  dueBefore?: Date | null;

  @IsOptional()
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @IsOptional()
  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;
}

@InputType('RequestActionInput')
export class RequestActionInput {
  @Field(() => ID)
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
