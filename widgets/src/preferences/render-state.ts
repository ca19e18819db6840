import { html, type TemplateResult } from 'lit';
import type { Dictionary } from '../i18n/dictionary.js';
import type { Preferences } from './preferences-cache.js';
import type { PreferencesController } from './preferences-controller.js';

/** The signed-out, loading and failed states every preference widget shows the same way; `ready` renders the rest. */
export function renderPreferences(
  controller: PreferencesController,
  texts: Dictionary,
  ready: (preferences: Preferences) => TemplateResult,
): TemplateResult {
  const preferences = controller.preferences;
  if (controller.status === 'signed-out') return html`<p class="muted">${texts.signInToSee}</p>`;
  if (controller.status === 'failed') {
    return html`<p class="error">${controller.error}</p>
      <button class="action" type="button" @click=${() => void controller.reload()}>${texts.tryAgain}</button>`;
  }
  if (!preferences) return html`<p class="muted" aria-busy="true">${texts.loading}</p>`;
  return ready(preferences);
}
