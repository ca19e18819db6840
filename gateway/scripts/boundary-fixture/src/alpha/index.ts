export { alpha } from './alpha.js';
