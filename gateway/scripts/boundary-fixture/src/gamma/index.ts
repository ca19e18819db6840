export { gamma } from './gamma.js';
