// A deep import: beta reaches past alpha's surface.
import { alpha } from '../alpha/alpha.js';

export const beta = alpha + 1;
