import { epoch } from '../common/clock.js';

export const alpha = epoch + 1;
