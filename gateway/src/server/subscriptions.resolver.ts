import { Arg, Authorized, Ctx, ID, Int, Resolver, Subscription } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller } from '../common/caller.js';
import { checkPageSize } from '../common/cursor.js';
import { Language } from '../common/language.js';
import { type PreferenceReadingService, PrivacyPreferencesView } from '../preferences/index.js';
import { DeliveryProofView, type PropagationProofService } from '../propagation/index.js';
import {
  DataSubjectRequestPageView,
  type MyRequestsService,
  myRequestsFirstDescription,
  myRequestsLargestPage,
  myRequestsPageSize,
} from '../rights/index.js';
import { type LiveContext, liveSources } from './live-sources.js';

/**
 * The subscriptions (graphql-transport-ws on the gateway's `/graphql`). Each message is the
 * whole current state, read with the caller's rights when it is sent, the same answer as the
 * matching query: a client swaps it in, and one lost message is healed by the next.
 */
@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly preferences: PreferenceReadingService,
    private readonly requests: MyRequestsService,
    private readonly proofs: PropagationProofService,
  ) {}

  @Authorized(Access.SignedIn)
  @Subscription(() => PrivacyPreferencesView, {
    description:
      "The caller's choices (and their lines'), as `privacyPreferences` answers: at once, then after each change made anywhere.",
    subscribe: ({ context }) => liveSources(context).preferencesOf(personCaller(context)),
  })
  myPreferencesChanged(
    @Ctx() context: LiveContext,
    @Arg('lang', () => Language, {
      nullable: true,
      description: "The language of the texts; omitted: the caller's.",
    })
    lang: Language | null,
  ) {
    return this.preferences.privacyPreferences(personCaller(context), null, lang);
  }

  @Authorized(Access.Customer)
  @Subscription(() => DataSubjectRequestPageView, {
    description:
      "A page of the caller's requests (the newest by default), as `myRequests(first, after)` answers: at once, then after each step of one of them. It answered the plain list of `myDataSubjectRequests` before.",
    subscribe: async ({ context, args }) => {
      // A page size out of range is refused before the subscription starts, as the query refuses it.
      checkPageSize((args as { first: number }).first, myRequestsLargestPage);
      return liveSources(context).requestsOf(personCaller(context));
    },
  })
  myRequestsChanged(
    @Ctx() context: LiveContext,
    @Arg('first', () => Int, { defaultValue: myRequestsPageSize, description: myRequestsFirstDescription })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `endCursor` of a page of `myRequests`: follow the page after it; omitted: the newest.',
    })
    after: string | null,
  ) {
    return this.requests.page(personCaller(context), first, after);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Subscription(() => Boolean, {
    description:
      'True at once, then after each step of any request (filed, assigned, answered…): the office reads its queue again with `dataSubjectRequests`. It carries nothing about anyone, so it is no staff read; the queue read is.',
    subscribe: ({ context }) => liveSources(context).officeQueue(),
  })
  officeQueueChanged() {
    return true;
  }

  @Authorized(Access.SignedIn)
  @Subscription(() => [DeliveryProofView], {
    description:
      'Per system, the delivery of one change, as `propagationProof` answers: at once, then after each attempt or acknowledgement.',
    subscribe: ({ context, args }) =>
      liveSources(context).progressOf(personCaller(context), (args as { eventId: string }).eventId),
  })
  propagationProgress(
    @Ctx() context: LiveContext,
    @Arg('eventId', () => ID, { description: 'The ledger event whose delivery to follow.' }) eventId: string,
  ) {
    return this.proofs.proof(personCaller(context), eventId);
  }
}
