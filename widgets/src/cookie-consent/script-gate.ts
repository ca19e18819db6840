import { allows, type ConsentState } from './consent-state.js';

/**
 * Runs the host's scripts marked `type="text/plain" data-px-category="…"` whose category the
 * visitor allowed: each is copied into a real script (its `src` or its text, its attributes, and
 * `data-px-type` as the type, e.g. `module`) and runs once. A withdrawn category's scripts are
 * simply not run again on the next page.
 */
export function runAllowedScripts(state: ConsentState): void {
  const marked = document.querySelectorAll<HTMLScriptElement>(
    'script[type="text/plain"][data-px-category]:not([data-px-ran])',
  );
  for (const placeholder of marked) {
    if (!allows(state, placeholder.dataset.pxCategory)) continue;
    const script = document.createElement('script');
    for (const { name, value } of placeholder.attributes) {
      if (name !== 'type' && !name.startsWith('data-px-')) script.setAttribute(name, value);
    }
    if (placeholder.dataset.pxType) script.type = placeholder.dataset.pxType;
    script.text = placeholder.text;
    placeholder.dataset.pxRan = '';
    placeholder.after(script);
  }
}
