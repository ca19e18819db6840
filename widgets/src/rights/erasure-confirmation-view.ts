import { html, type TemplateResult } from 'lit';
import type { Dictionary } from '../i18n/dictionary.js';

/**
 * The step before an erasure request goes: what will be erased, what the law makes the operator
 * keep and why (the gateway's data inventory, in the element's language), and that the account
 * closes. Nothing is sent until the person confirms.
 */
export function renderErasureConfirmation(
  texts: Dictionary,
  busy: boolean,
  confirm: () => void,
  cancel: () => void,
): TemplateResult {
  const words = texts.rightsAnswers.erasure;
  return html`<section class="confirmation" part="erasure-confirmation" data-testid="erasure-confirmation"
    role="group" aria-labelledby="erasure-title">
    <h3 id="erasure-title" tabindex="-1">${words.title}</h3>
    <h4>${words.erased}</h4>
    <ul>${words.erasedItems.map((item) => html`<li>${item}</li>`)}</ul>
    <h4>${words.kept}</h4>
    <ul>${words.keptItems.map((item) => html`<li>${item}</li>`)}</ul>
    <p>${words.account}</p>
    <div class="buttons">
      <button class="action" type="button" data-testid="confirm-erasure" ?disabled=${busy} @click=${confirm}>${words.confirm}</button>
      <button class="link" type="button" data-testid="cancel-erasure" @click=${cancel}>${words.cancel}</button>
    </div>
  </section>`;
}
