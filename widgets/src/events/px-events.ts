import type { ConsentState } from '../cookie-consent/consent-state.js';
import type { OfficeStep, RequestStatus, RequestType } from '../graphql/generated.js';
import type { Language } from '../i18n/dictionary.js';

/** What a `px-change` tells the host page: one choice, as the person just set it. */
export interface ChangeDetail {
  /** Contract key, such as `direct-marketing` or `location-reporting`. */
  purpose: string;
  /** For direct marketing per channel: `phone`, `sms`, `email`, `post` or `web-popup`. */
  channel: string | null;
  /** The person or line (subscription id) the choice is about. */
  subjectId: string;
  /** Whether the processing may now happen. */
  allowed: boolean;
  language: Language;
}

/** What a `px-request-filed` tells the host page: a request the gateway accepted. */
export interface RequestFiledDetail {
  /** The request's id, as the office and `myDataSubjectRequests` know it. */
  requestId: string;
  type: RequestType;
  /** `IN_PROGRESS` for a signed-in person: the deadline runs from now. */
  status: RequestStatus;
  /** The deadline of the answer (ISO 8601), null while none runs. */
  dueAt: string | null;
  language: Language;
}

/** The detail of every event the widgets fire, by event name. */
export interface PxEventDetails {
  'px-signed-in': { expiresAt: string };
  /** `signed-out`: the person chose to; `session-ended`: the gateway no longer accepted the session. */
  'px-signed-out': { reason: 'signed-out' | 'session-ended' };
  'px-change': ChangeDetail;
  'px-request-filed': RequestFiledDetail;
  /** Staff screens: the officer chose a request in the queue. */
  'px-office-open': { requestId: string };
  /** Staff screens: a step was taken on a request; the status it left the request in. */
  'px-office-step': { requestId: string; step: OfficeStep; status: RequestStatus };
  /** Staff screens: the officer asked for the record of a request's person, by its pseudonymous id. */
  'px-office-open-subject': { subjectId: string };
  /** px-cookie-consent: the visitor answered the banner; the state now in force. */
  'px-consent-change': ConsentState;
}

export type PxEventName = keyof PxEventDetails;

/**
 * Fires a `px-` event from `target`: bubbling out of shadow roots, with a typed detail.
 * Returns false when a listener cancelled a cancelable event.
 */
export function emit<Name extends PxEventName>(
  target: EventTarget,
  name: Name,
  detail: PxEventDetails[Name],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'px-signed-in': CustomEvent<PxEventDetails['px-signed-in']>;
    'px-signed-out': CustomEvent<PxEventDetails['px-signed-out']>;
    'px-change': CustomEvent<PxEventDetails['px-change']>;
    'px-request-filed': CustomEvent<PxEventDetails['px-request-filed']>;
    'px-office-open': CustomEvent<PxEventDetails['px-office-open']>;
    'px-office-step': CustomEvent<PxEventDetails['px-office-step']>;
    'px-office-open-subject': CustomEvent<PxEventDetails['px-office-open-subject']>;
    'px-consent-change': CustomEvent<PxEventDetails['px-consent-change']>;
  }
  interface DocumentEventMap {
    'px-consent-change': CustomEvent<PxEventDetails['px-consent-change']>;
  }
}
