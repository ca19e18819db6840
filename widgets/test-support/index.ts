export { type AxeViolation, axeViolations } from './axe.js';
export { launchBrowser, type TestBrowser } from './browser.js';
export {
  demoPassword,
  newestCode,
  nextAnnouncement,
  recordEvents,
  shownText,
  signInThroughWidget,
  startSignInThroughWidget,
  startWidgetsFixture,
  syncClock,
  tabTo,
  type WidgetsFixture,
} from './widgets-fixture.js';
