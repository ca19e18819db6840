import type { PxEventDetails } from '../events/px-events.js';
import type { ConsentState } from './consent-state.js';

/** What the host page calls: `window.pxConsent` (widgets/README.md, "Cookie consent"). */
export interface PxConsentApi {
  /** The visitor's answer in force on this page. */
  get(): ConsentState;
  /** Opens the cookie settings (the second layer), e.g. from a link in the site's footer. */
  open(): void;
  /** Calls `listener` on every answer of the visitor; returns the function that stops it. */
  on(listener: (state: ConsentState) => void): () => void;
}

declare global {
  interface Window {
    pxConsent?: PxConsentApi;
    gtag?: (...args: unknown[]) => void;
  }
}

/**
 * Google Consent Mode v2: tells the host's gtag.js what the visitor chose, when the page has it.
 * The host sets its defaults (`gtag('consent', 'default', …)`, all denied) before loading gtag.
 */
export function updateGoogleConsentMode(state: ConsentState): void {
  if (typeof window.gtag !== 'function') return;
  const as = (allowed: boolean) => (allowed ? 'granted' : 'denied');
  window.gtag('consent', 'update', {
    ad_storage: as(state.marketing),
    ad_user_data: as(state.marketing),
    ad_personalization: as(state.marketing),
    analytics_storage: as(state.statistics),
  });
}

/** Installs `window.pxConsent` over the page's banner (the first one registered wins). */
export function installConsentApi(banner: { state: ConsentState; openSettings(): void }): void {
  if (window.pxConsent) return;
  window.pxConsent = {
    get: () => ({ ...banner.state }),
    open: () => banner.openSettings(),
    on: (listener) => {
      const handler = (event: CustomEvent<PxEventDetails['px-consent-change']>) => listener({ ...event.detail });
      document.addEventListener('px-consent-change', handler);
      return () => document.removeEventListener('px-consent-change', handler);
    },
  };
}
