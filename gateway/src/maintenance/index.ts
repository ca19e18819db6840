/** Retention sweeps, started by main.ts. */
export { sweepExpired } from './retention.js';
