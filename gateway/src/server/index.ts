/** The HTTP gateway, for main.ts and the tests. */
export { startGateway } from './create-gateway.js';
