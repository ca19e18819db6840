import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.js';

/**
 * The brand tokens every element reads, with the Proximus defaults. A host page rebrands the
 * widgets by setting the same `--px-` custom properties on any ancestor.
 */
export const tokens = css`
  [part='base'] {
    font-family: var(--px-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--px-font-size, 1rem);
    line-height: 1.5;
    color: var(--px-color-text, #1f1d24);
  }
`;

/** Shared pieces: buttons, inputs, focus ring, switches, messages, the visually hidden live region. */
export const controls = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--px-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  /* Touch targets of at least 44 x 44 CSS pixels (WCAG 2.5.5), whatever the text in them. */
  button.action,
  button.link {
    min-width: 44px;
    min-height: 44px;
  }
  button.action {
    padding: 0.45rem 1.1rem;
    font: inherit;
    color: var(--px-color-brand-contrast, #ffffff);
    background: var(--px-color-brand, #5c2d91);
    border: 0;
    border-radius: var(--px-radius, 0.5rem);
    cursor: pointer;
  }
  button.link {
    padding: 0 0.25rem;
    font: inherit;
    color: var(--px-color-brand, #5c2d91);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  label {
    display: block;
    font-weight: 600;
  }
  input {
    width: 100%;
    min-height: 44px;
    margin: 0.25rem 0 0.75rem;
    padding: 0.45rem 0.6rem;
    font: inherit;
    color: inherit;
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-muted, #5b5766);
    border-radius: var(--px-radius, 0.5rem);
  }
  .error {
    padding: 0.5rem 0.75rem;
    color: var(--px-color-danger, #a4161a);
    background: var(--px-color-danger-surface, #fbe7e7);
    border-radius: var(--px-radius, 0.5rem);
  }
  .muted {
    color: var(--px-color-muted, #5b5766);
  }
  ${visuallyHidden}
  h2,
  h3 {
    margin: 0 0 0.5rem;
    color: var(--px-color-brand, #5c2d91);
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
`;

/** The cards of the pages that group several parts (the privacy centre, account access). */
export const cards = css`
  .card {
    min-width: 0;
    padding: var(--px-space, 1rem) clamp(0.5rem, 4vw, calc(var(--px-space, 1rem) * 1.5));
    background: var(--px-color-surface, #ffffff);
    border: 1px solid var(--px-color-border, #dcd6e6);
    border-radius: var(--px-radius, 0.5rem);
  }
`;
