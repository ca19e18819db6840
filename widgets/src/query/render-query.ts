import { html, type TemplateResult } from 'lit';
import { assertNever } from '../assert-never.js';
import type { Dictionary } from '../i18n/dictionary.js';
import { sessionStore } from '../session/session-store.js';
import type { QueryController } from './query-controller.js';

/**
 * The signed-out, loading and failed states, shown the same way by every widget; `ready`
 * renders the value, also while it is read again (no flash of "Loading" on a reload).
 */
export function renderQuery<Value>(
  query: QueryController<Value>,
  texts: Dictionary,
  ready: (value: Value) => TemplateResult,
  signedOut: TemplateResult = html`<p class="muted">${texts.signInToSee}</p>`,
): TemplateResult {
  const state = query.state;
  switch (state.status) {
    case 'signed-out':
      // Not "sign in" while the page may still renew the sign-in of its previous load.
      return sessionStore.restoring ? html`<p class="muted" aria-busy="true">${texts.loading}</p>` : signedOut;
    case 'loading':
      return state.value === undefined
        ? html`<p class="muted" aria-busy="true" data-query="loading">${texts.loading}</p>`
        : ready(state.value);
    case 'ready':
      return ready(state.value);
    case 'failed':
      return html`<p class="error" data-query="failed">${state.error}</p>
        <button class="action" type="button" @click=${() => void query.reload()}>${texts.tryAgain}</button>`;
    default:
      return assertNever(state);
  }
}
