export { beta } from './beta.js';
