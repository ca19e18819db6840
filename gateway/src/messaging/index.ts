/** What other folders may use of messaging: the message sender and the dev outbox route. */
export { devOutboxRoute } from './dev-outbox.route.js';
export type { MessageSender } from './message-sender.js';
export { createMessageSender } from './message-sender.js';
