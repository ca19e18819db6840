import { css } from 'lit';

/** Kept for screen readers, out of sight: the live regions. Its own file, so the cookie banner's entry takes only this. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
