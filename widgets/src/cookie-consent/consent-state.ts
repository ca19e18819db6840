/** The categories a visitor chooses, as the host page names them in `data-px-category`. */
export const cookieCategories = ['preferences', 'statistics', 'marketing'] as const;
export type CookieCategory = (typeof cookieCategories)[number];

/** What `window.pxConsent.get()` returns and `px-consent-change` carries. */
export interface ConsentState {
  /** Strictly necessary cookies: always allowed. */
  necessary: true;
  preferences: boolean;
  statistics: boolean;
  marketing: boolean;
  /** When the visitor answered (ISO 8601); null: not yet, and nothing but the necessary is allowed. */
  answeredAt: string | null;
  /** When the answer expires and the banner asks again (ISO 8601). */
  validUntil: string | null;
  /** The browser sends Global Privacy Control: marketing stays off whatever the answer. */
  globalPrivacyControl: boolean;
}

/** The gateway's purpose key of a category. */
export function purposeOf(category: CookieCategory): string {
  return `cookie-${category}`;
}

export function unanswered(globalPrivacyControl: boolean): ConsentState {
  return {
    necessary: true,
    preferences: false,
    statistics: false,
    marketing: false,
    answeredAt: null,
    validUntil: null,
    globalPrivacyControl,
  };
}

/** Whether a script or cookie of `category` may run under `state`; unknown categories never do. */
export function allows(state: ConsentState, category: string | undefined): boolean {
  if (category === 'necessary') return true;
  return (cookieCategories as readonly string[]).includes(category ?? '') && state[category as CookieCategory];
}
