/** What other folders may use of preferences: the ledger's services, its checkpoints and its lists. */
export { CheckpointService } from './checkpoint.service.js';
export { LedgerCheckpointView } from './checkpoint.types.js';
export type { PublishedCheckpoint } from './checkpoint-format.js';
export { loadLedgerSigningKey } from './checkpoint-signing-key.js';
export { Checkpointer } from './checkpointer.js';
export { CheckpointsResolver } from './checkpoints.resolver.js';
export { LedgerVerificationService } from './ledger-verification.service.js';
export { NonCustomerObjectionService } from './non-customer-objection.service.js';
export { PrivacyPreferencesView } from './preference.types.js';
export { PreferenceChangeService, stopProcessingByOfficeDecision } from './preference-change.service.js';
export { Decision, SubjectKind } from './preference-event.entity.js';
export { PreferenceReadingService } from './preference-reading.service.js';
export { PreferencesResolver } from './preferences.resolver.js';
export { ReceiptService } from './receipt.service.js';
export { SubjectSearchService } from './subject-search.service.js';
