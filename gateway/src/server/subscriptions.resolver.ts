import { Arg, Authorized, Ctx, ID, Resolver, Subscription } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller } from '../common/caller.js';
import { Language } from '../common/language.js';
import { type PreferenceReadingService, PrivacyPreferencesView } from '../preferences/index.js';
import { DeliveryProofView, type PropagationProofService } from '../propagation/index.js';
import { DataSubjectRequestView, type RequestsService } from '../rights/index.js';
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
    private readonly requests: RequestsService,
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
  @Subscription(() => [DataSubjectRequestView], {
    description:
      "The caller's requests, as `myDataSubjectRequests` answers: at once, then after each step of one of them.",
    subscribe: ({ context }) => liveSources(context).requestsOf(personCaller(context)),
  })
  myRequestsChanged(@Ctx() context: LiveContext) {
    return this.requests.mine(personCaller(context));
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
