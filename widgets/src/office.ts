/**
 * The staff entry point: the screens of the data protection office and customer service, with
 * the sign-in. Kept out of `index.ts` so staff screens never weigh on the person widgets' bundle.
 */

export { PxAgentDesk } from './elements/px-agent-desk/px-agent-desk.js';
export { PxOfficeQueue } from './elements/px-office-queue/px-office-queue.js';
export { PxOfficeReport } from './elements/px-office-report/px-office-report.js';
export { PxOfficeRequest } from './elements/px-office-request/px-office-request.js';
export { PxPropagationHealth } from './elements/px-propagation-health/px-propagation-health.js';
export { PxRegisterImports } from './elements/px-register-imports/px-register-imports.js';
export { PxSignIn } from './elements/px-sign-in/px-sign-in.js';
export { PxSubjectRecord } from './elements/px-subject-record/px-subject-record.js';
export type { PxEventDetails } from './events/px-events.js';
export { type Session, sessionStore } from './session/session-store.js';
