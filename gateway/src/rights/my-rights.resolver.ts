import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import type { InformationReplyService } from './information-reply.service.js';
import { InformationReplyInput, InformationReplyView } from './information-reply.types.js';
import { type MyRequestsService, myRequestsLargestPage } from './my-requests.service.js';
import { DataSubjectRequestPageView, DataSubjectRequestView } from './rights.types.js';

/** The defaults of the person's list of requests, shared with the `myRequestsChanged` subscription. */
export const myRequestsPageSize = 20;
export const myRequestsFirstDescription = `How many to return, 1 to ${myRequestsLargestPage}.`;

/** What the person does with their own requests (the office's side is `rights.resolver.ts`). */
@Resolver()
export class MyRightsResolver {
  constructor(
    private readonly mine: MyRequestsService,
    private readonly replies: InformationReplyService,
  ) {}

  @Authorized(Access.Customer)
  @Query(() => DataSubjectRequestPageView, {
    description: "The caller's own requests, newest first, with status, deadline and the office's answer.",
  })
  myRequests(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: myRequestsPageSize, description: myRequestsFirstDescription })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `endCursor` of the previous page; omitted: from the newest.',
    })
    after: string | null,
  ) {
    return this.mine.page(personCaller(context), first, after);
  }

  @Authorized(Access.Customer)
  @Mutation(() => DataSubjectRequestView, {
    description:
      "Answers the office's question on one of the caller's requests (AWAITING_INFORMATION), with text and an optional file such as the front of an identity card; the office is told.",
  })
  replyToInformationRequest(
    @Ctx() context: RequestContext,
    @Arg('input', () => InformationReplyInput, { description: 'The request, the answer and the file.' })
    input: InformationReplyInput,
  ) {
    return this.replies.reply(personCaller(context), input);
  }

  @Authorized(Access.Customer, Access.DataProtectionOfficer)
  @Query(() => [InformationReplyView], {
    description:
      "The person's answers to the office's questions on a request, oldest first: their own for a person; any for the office, logged as a staff read.",
  })
  informationReplies(
    @Ctx() context: RequestContext,
    @Arg('requestId', () => ID, { description: 'The request.' }) requestId: string,
  ) {
    return this.replies.replies(personCaller(context), requestId);
  }
}
