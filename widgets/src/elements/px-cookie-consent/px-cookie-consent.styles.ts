import { css } from 'lit';
import { visuallyHidden } from '../../styles/visually-hidden.js';

export const cookieConsentStyles = [
  visuallyHidden,
  css`
  :host {
    display: contents;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  dialog,
  .reopen {
    font-family: var(--px-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--px-font-size, 1rem);
    line-height: 1.5;
    color: var(--px-color-text, #1f1d24);
  }
  dialog {
    width: min(40rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    margin: auto auto 0.5rem;
    padding: 1rem 1.25rem;
    overflow-y: auto;
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-border, #8a8494);
    border-radius: var(--px-radius, 0.5rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 35%);
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: rise 150ms ease-out;
    }
    @keyframes rise {
      from {
        transform: translateY(1rem);
        opacity: 0;
      }
    }
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.2rem;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  a {
    color: var(--px-color-brand, #5c2d91);
  }
  :focus-visible {
    outline: 3px solid var(--px-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  .gpc {
    padding: 0.5rem;
    border-left: 4px solid var(--px-color-brand, #5c2d91);
    background: var(--px-color-muted, #f3f0f7);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    flex: 1 1 8rem;
    min-height: 44px;
    padding: 0.45rem 1rem;
    font: inherit;
    border-radius: var(--px-radius, 0.5rem);
    cursor: pointer;
  }
  /* Accept all and Refuse all: the same colour, size and place in the tab order. */
  .action {
    color: var(--px-color-brand-contrast, #ffffff);
    background: var(--px-color-brand, #5c2d91);
    border: 2px solid var(--px-color-brand, #5c2d91);
  }
  .secondary {
    color: var(--px-color-brand, #5c2d91);
    background: transparent;
    border: 2px solid var(--px-color-brand, #5c2d91);
  }
  .categories {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .category {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--px-color-border, #8a8494);
  }
  .category p {
    margin: 0.25rem 0 0;
  }
  .category-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .switch {
    flex: none;
    width: 3.25rem;
    height: 2rem;
    min-width: 44px;
    padding: 0;
    border: 2px solid var(--px-color-switch-off, #6b6575);
    border-radius: 1rem;
    background: var(--px-color-switch-off, #6b6575);
    cursor: pointer;
    position: relative;
  }
  .switch::after {
    content: '';
    position: absolute;
    top: 0.2rem;
    left: 0.2rem;
    width: 1.3rem;
    height: 1.3rem;
    border-radius: 50%;
    background: #ffffff;
  }
  .switch[aria-checked='true'] {
    background: var(--px-color-brand, #5c2d91);
    border-color: var(--px-color-brand, #5c2d91);
  }
  .switch[aria-checked='true']::after {
    left: auto;
    right: 0.2rem;
  }
  .switch[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .reopen {
    position: fixed;
    left: 0.5rem;
    bottom: 0.5rem;
    z-index: 2147483000;
    min-height: 44px;
    padding: 0.4rem 0.9rem;
    color: var(--px-color-brand-contrast, #ffffff);
    background: var(--px-color-brand, #5c2d91);
    border: 0;
    border-radius: var(--px-radius, 0.5rem);
    cursor: pointer;
  }
`,
];
