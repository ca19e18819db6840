import { gamma } from '../gamma/index.js';

export const delta = (): number => gamma.length;
