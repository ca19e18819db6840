/** What other folders may use of propagation: the relay, the feed, the proofs and checkpoint publication. */
export { publishCheckpoint } from './checkpoint-event.js';
export { DecisionFeedService } from './decision-feed.service.js';
export { DownstreamSystemsService } from './downstream-systems.service.js';
export { OutboxListener } from './outbox-listener.js';
export { PropagationResolver } from './propagation.resolver.js';
export { DeliveryProofView } from './propagation.types.js';
export { PropagationProofService } from './propagation-proof.service.js';
export { Relay } from './relay.js';
export { resolveSystem } from './system-authentication.js';
export { isApiKey, webhookSecret } from './system-credentials.js';
