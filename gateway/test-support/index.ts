export { ManualClock } from './manual-clock.js';
export type { MeAnswer, SignInChallenge } from './operations.js';
export * as operations from './operations.js';
export { stateSnapshot } from './state-snapshot.js';
export { latestCode, type OutboxMessage, startTestGateway, type TestGateway } from './test-gateway.js';
