import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dictionary } from '../i18n/dictionary.js';
import { type ChoiceTarget, choiceKey } from './choice.js';
import type { PreferencesController } from './preferences-controller.js';

interface RowOptions {
  /** Shown instead of the purpose's title, such as a channel's or a line's name. */
  label?: string;
  /** Context after the title, such as the line it is about. */
  context?: string;
  /** Leaves out legal basis, version and reason: for channels, whose purpose row says them. */
  compact?: boolean;
  /** Why the switch cannot be used now. */
  disabledBecause?: string;
}

/** The version of the text shown, and the one the choice in force was made on when that was another. */
function versionText(state: ChoiceTarget['state'], texts: Dictionary): string {
  const shown = texts.choice.textVersion(state.purpose.textVersion);
  const decided = state.decidedOnTextVersion;
  return decided && decided !== state.purpose.textVersion
    ? `${shown} (${texts.choice.decidedOnVersion(decided)})`
    : shown;
}

/** A choice: its title and description, the switch, and what it rests on (legal basis, version, why). */
export function renderChoice(
  controller: PreferencesController,
  target: ChoiceTarget,
  texts: Dictionary,
  options: RowOptions = {},
): TemplateResult {
  const { state, channel } = target;
  const key = choiceKey(target);
  const id = key.replace(/[^a-zA-Z0-9-]/g, '-');
  const allowed = controller.allowed(target);
  const reason = channel
    ? (state.channels.find((option) => option.channel === channel)?.reason ?? state.reason)
    : state.reason;
  const title = options.label ?? state.purpose.title;
  const busy = controller.pending.has(key);
  const disabled = Boolean(options.disabledBecause);
  const onClick = () => {
    if (!disabled) void controller.toggle(target);
  };
  return html`<div class="choice" part="choice" data-choice=${key}>
    <div class="choice__text">
      <span class="choice__title" id="${id}-title">${title}${options.context ? html` <span class="muted">(${options.context})</span>` : nothing}</span>
      ${options.compact ? nothing : html`<span class="choice__description" id="${id}-description">${state.purpose.description}</span>`}
      ${
        options.compact
          ? nothing
          : html`<dl class="choice__facts">
            <div><dt>${texts.choice.legalBasis}</dt><dd>${state.purpose.legalBasisText} · ${versionText(state, texts)}</dd></div>
            <div><dt>${texts.choice.why}</dt><dd data-reason=${reason}>${texts.choice.reasons[reason]}</dd></div>
          </dl>`
      }
      ${options.disabledBecause ? html`<span class="muted" id="${id}-disabled">${options.disabledBecause}</span>` : nothing}
    </div>
    ${
      state.purpose.switchable
        ? html`<button
          type="button"
          class="switch"
          part="switch"
          role="switch"
          aria-checked=${allowed ? 'true' : 'false'}
          aria-labelledby="${id}-title"
          aria-describedby=${options.compact ? (options.disabledBecause ? `${id}-disabled` : nothing) : `${id}-description`}
          aria-busy=${busy ? 'true' : 'false'}
          aria-disabled=${disabled ? 'true' : 'false'}
          @click=${onClick}
        >
          <span class="switch__thumb"></span>
        </button>`
        : nothing
    }
  </div>`;
}

export const choiceStyles = css`
  .choice {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
    justify-content: space-between;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--px-color-border, #dcd6e6);
  }
  .choice__text {
    min-width: 0;
    overflow-wrap: anywhere;
    display: grid;
    gap: 0.2rem;
  }
  .choice__title {
    font-weight: 600;
  }
  .choice__facts {
    margin: 0;
    font-size: 0.875rem;
    color: var(--px-color-muted, #5b5766);
  }
  .choice__facts div {
    display: flex;
    gap: 0.4rem;
  }
  .choice__facts dt {
    flex: none;
    font-weight: 600;
  }
  .choice__facts dt::after {
    content: ':';
  }
  .choice__facts dd {
    margin: 0;
  }
  /* The button is the 48 x 44 px touch target; the track it draws is smaller. */
  .switch {
    position: relative;
    flex: none;
    width: 3rem;
    height: 44px;
    padding: 0;
    background: none;
    border: 0;
    border-radius: 999px;
    cursor: pointer;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset: calc(50% - 0.875rem) 0 auto;
    height: 1.75rem;
    background: var(--px-color-switch-off, #6e6a78);
    border-radius: 999px;
    transition: background 120ms;
  }
  .switch[aria-checked='true']::before {
    background: var(--px-color-brand, #5c2d91);
  }
  .switch[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .switch[aria-busy='true'] {
    cursor: progress;
  }
  .switch__thumb {
    position: absolute;
    top: calc(50% - 0.675rem);
    left: 0.2rem;
    width: 1.35rem;
    height: 1.35rem;
    background: var(--px-color-surface, #ffffff);
    border-radius: 50%;
    transition: transform 120ms;
  }
  .switch[aria-checked='true'] .switch__thumb {
    transform: translateX(1.25rem);
  }
  @media (prefers-reduced-motion: reduce) {
    .switch::before,
    .switch__thumb {
      transition: none;
    }
  }
`;
