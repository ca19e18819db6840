/** Retention: the sweep job the composition root registers. */
export { retentionSweeps } from './retention.js';
