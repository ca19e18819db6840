/** What other folders may use of messaging: the message sender and the dev outbox. */
export { devOutbox } from './dev-outbox.js';
export type { MessageSender } from './message-sender.js';
export { createMessageSender } from './message-sender.js';
