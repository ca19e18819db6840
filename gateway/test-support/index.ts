export { ManualClock } from './manual-clock.js';
export type { MeAnswer, SignInChallenge } from './operations.js';
export * as operations from './operations.js';
export { readableWithTheKeys, whereIdAppears, whereInDatabase, whereInDataFiles } from './personal-data-scan.js';
export type { PrivacyPreferences, PurposeState } from './preference-operations.js';
export * as preferenceOperations from './preference-operations.js';
export { stateSnapshot } from './state-snapshot.js';
export { latestCode, type OutboxMessage, startTestGateway, type TestGateway } from './test-gateway.js';
export { type ReceivedRequest, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';
