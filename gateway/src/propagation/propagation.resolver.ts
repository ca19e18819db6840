import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext, systemCaller } from '../common/caller.js';
import type { DecisionFeedService } from './decision-feed.service.js';
import type { DownstreamSystemsService } from './downstream-systems.service.js';
import {
  DecisionFeedView,
  DeliveryProofView,
  DownstreamCredentialsView,
  DownstreamSystemView,
  FailedDeliveryConnectionView,
  RegisterDownstreamSystemInput,
  SubjectPropagationView,
  SystemLagView,
  UpdateDownstreamSystemInput,
} from './propagation.types.js';
import type { PropagationProofService } from './propagation-proof.service.js';

@Resolver()
export class PropagationResolver {
  constructor(
    private readonly systems: DownstreamSystemsService,
    private readonly feed: DecisionFeedService,
    private readonly proofs: PropagationProofService,
  ) {}

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => [DownstreamSystemView], { description: 'The systems that must honour decisions.' })
  downstreamSystems() {
    return this.systems.list();
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DownstreamCredentialsView, {
    description: 'Adds a system; its API key and signing secret are shown once.',
  })
  registerDownstreamSystem(
    @Arg('input', () => RegisterDownstreamSystemInput, { description: 'The system and its purposes.' })
    input: RegisterDownstreamSystemInput,
  ) {
    return this.systems.register(input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DownstreamSystemView, { description: "Changes a system's purposes, webhook or activity." })
  updateDownstreamSystem(
    @Arg('input', () => UpdateDownstreamSystemInput, { description: 'The system and what changes.' })
    input: UpdateDownstreamSystemInput,
  ) {
    return this.systems.update(input);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => DownstreamCredentialsView, {
    description: 'A new API key and signing secret; the old ones stop at once.',
  })
  rotateDownstreamCredentials(@Arg('key', () => String, { description: "The system's key." }) key: string) {
    return this.systems.rotate(key);
  }

  @Authorized(Access.DownstreamSystem)
  @Query(() => DecisionFeedView, {
    description: "The changes of the calling system's purposes, oldest first, from a cursor: replay from any point.",
  })
  decisionFeed(
    @Ctx() context: RequestContext,
    @Arg('after', () => String, {
      nullable: true,
      description: 'A cursor from an earlier page (any, to replay from there); omitted: from the first change.',
    })
    after: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many changes to return, 1 to 1000.' })
    first: number,
  ) {
    return this.feed.feed(systemCaller(context), after, first);
  }

  @Authorized(Access.DownstreamSystem)
  @Mutation(() => Int, {
    description: 'Records that the calling system applied these events; returns how many counted.',
  })
  acknowledgeDecisions(
    @Ctx() context: RequestContext,
    @Arg('eventIds', () => [ID], { description: 'The ids of the feed items or webhooks applied.' }) eventIds: string[],
  ) {
    return this.feed.acknowledge(systemCaller(context), eventIds);
  }

  @Authorized(Access.SignedIn)
  @Query(() => [DeliveryProofView], {
    description: 'Which systems received and acknowledged one change, and when (GDPR Art. 19).',
  })
  propagationProof(
    @Ctx() context: RequestContext,
    @Arg('eventId', () => ID, { description: 'A ledger event id, such as a PurposeState `lastEventId`.' })
    eventId: string,
  ) {
    return this.proofs.proof(personCaller(context), eventId);
  }

  @Authorized(Access.SignedIn)
  @Query(() => [SubjectPropagationView], {
    description: "Per system, where a subject's changes stand (the caller's own when subjectId is omitted).",
  })
  propagationStatus(
    @Ctx() context: RequestContext,
    @Arg('subjectId', () => ID, { nullable: true, description: 'A person, line or contact; omitted: the caller.' })
    subjectId: string | null,
  ) {
    return this.proofs.subjectStatus(personCaller(context), subjectId);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => [SystemLagView], {
    description: 'Per system: the oldest unacknowledged event, p99 lag over the last hour, failures.',
  })
  propagationLag() {
    return this.proofs.lag();
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => FailedDeliveryConnectionView, { description: 'Deliveries whose every retry failed, newest first.' })
  failedDeliveries(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many to return, 1 to 500.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `endCursor` of the previous page; omitted: from the newest.',
    })
    after: string | null,
  ) {
    return this.proofs.failed(first, after);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Mutation(() => Int, {
    description: 'Sends one event, or the events of a time range, again; returns the deliveries rescheduled.',
  })
  replayDeliveries(
    @Arg('eventId', () => ID, { nullable: true, description: 'One event to send again.' }) eventId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Or: the start of a time range of events.' })
    from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'The end of that time range.' }) to: Date | null,
    @Arg('systemKey', () => String, { nullable: true, description: 'Only to this system; omitted: to every one.' })
    systemKey: string | null,
  ) {
    return this.proofs.replay({ eventId, from, to, systemKey });
  }
}
