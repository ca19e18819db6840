export { delta } from './delta.js';
