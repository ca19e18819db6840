/**
 * The module federation runtime as one ES module, served beside the remote (`federation/runtime.js`):
 * a plain host page without a bundler maps `@module-federation/enhanced/runtime` to it with an
 * import map, and gets the very runtime version the remote was built with.
 */
export * from '@module-federation/enhanced/runtime';
