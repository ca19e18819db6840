import { css } from 'lit';

export const agentDeskStyles = css`
  :host {
    display: block;
  }
  form {
    margin-bottom: 1rem;
  }
  ul.matches,
  ul.choices {
    padding: 0;
    list-style: none;
  }
  ul.matches li,
  ul.choices li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.4rem 0;
    border-bottom: 1px solid var(--px-color-border, #d9d6df);
  }
`;
