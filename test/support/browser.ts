/** The browser launcher lives with the widgets' tests; cross-package tests use the same one. */
export { launchBrowser, type TestBrowser } from '@proximus-privacy/widgets/test-support';
