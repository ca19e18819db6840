/** What a message of the live connection tells the widgets of the page: read this again. */
/** `office-queue`: any request changed (staff screens only). */
export type LiveChange = 'preferences' | 'requests' | 'office-queue';

// On globalThis under a registered symbol, as the session store: two bundles of the widgets on
// one page (a federation remote and the plain module) hear the same messages.
const changesKey = Symbol.for('proximus-privacy.live-changes');
const globalScope = globalThis as typeof globalThis & { [changesKey]?: EventTarget };

/**
 * The page's live changes: an event named after the `LiveChange` (`preferences`, `requests`) each
 * time the gateway says the signed-in person's data changed, here, in another tab or anywhere
 * else, and after the connection came back (what changed meanwhile was not heard).
 */
export const liveChanges: EventTarget = globalScope[changesKey] ?? new EventTarget();
globalScope[changesKey] = liveChanges;
