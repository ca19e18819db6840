/** The demo's data and receiver, for main.ts and the tests. */
export { demoPassword, seedDemoData } from './demo-data.js';
export { startDemoReceiver } from './demo-receiver.js';
export { seedDemoSystems } from './demo-systems.js';
