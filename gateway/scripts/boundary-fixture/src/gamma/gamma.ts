// Through delta's surface, but delta needs gamma too: a folder-level cycle.
import { delta } from '../delta/index.js';

export const gamma = (): number => delta() + 1;
