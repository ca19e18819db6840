export { type AxeViolation, axeViolations } from './axe.js';
export { launchBrowser, type TestBrowser } from './browser.js';
export { registerCampaignTool } from './campaign-tool.js';
export { type FetchProbe, type ProbedCall, probeFetch } from './fetch-probe.js';
export {
  afterLiveStart,
  demoPassword,
  newestCode,
  nextAnnouncement,
  nextLiveMessage,
  recordEvents,
  shownText,
  signInThroughWidget,
  startSignInThroughWidget,
  syncClock,
  tabTo,
} from './page-actions.js';
export {
  type IsolatedWidgetsFixture,
  type StartedWidgetsFixture,
  startWidgetsFixture,
  useWidgetsFixture,
  type VisitorOption,
  type WidgetsFixture,
} from './widgets-fixture.js';
