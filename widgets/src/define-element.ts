/**
 * Registers `tag` unless it already is: two bundles of the widgets (a federation remote and the
 * plain module) may both ship it, and the first one wins instead of the page breaking.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== elementClass) console.warn(`<${tag}> is already defined; this copy is not registered again.`);
    return;
  }
  customElements.define(tag, elementClass);
}
