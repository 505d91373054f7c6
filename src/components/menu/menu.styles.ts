import { css } from 'lit';
import { base } from '../shared.styles';

export default [
  base,
  css`
    :host {
      display: block;
    }

    nav {
      max-width: 70ch;
    }

    .group-title {
      margin: 1rem 0 0.375rem;
      font-weight: 700;
    }

    .group-title:first-child {
      margin-top: 0;
    }

    ol,
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.375rem;
    }

    button {
      display: grid;
      gap: 0.125rem;
      width: 100%;
      min-height: 44px;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_line);
      border-radius: 0.375rem;
      background: var(--_control);
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }

    button:hover {
      background: var(--_panel);
    }

    .title {
      font-weight: 600;
      color: var(--_brand);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    .state {
      font-size: 0.9375rem;
      font-weight: 600;
    }

    .summary {
      font-size: 0.9375rem;
      color: var(--_muted);
    }

    .entry--current button {
      border: 2px solid var(--_brand);
      border-left-width: 6px;
      background: var(--_panel);
    }

    .entry--current .title {
      text-decoration: none;
    }

    .entry--done .state {
      color: #1d6b34;
    }

    /* Not open yet: one quiet line, not a button. */
    .entry--locked {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      padding: 0.25rem 0.75rem;
      color: var(--_muted);
    }

    .entry--locked .title {
      flex: 1 1 auto;
      min-width: 0;
      color: inherit;
      font-weight: 400;
      text-decoration: none;
    }

    .entry--locked .state {
      flex: none;
      font-size: 0.8125rem;
      font-weight: 400;
    }

    .locked-note {
      margin: 0 0 0.375rem;
      font-size: 0.9375rem;
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      button {
        border: 1px solid ButtonText;
      }

      .entry--current button {
        border: 3px solid Highlight;
      }

      .entry--locked {
        color: GrayText;
      }

      .title,
      .entry--locked .title {
        color: inherit;
      }
    }
  `,
];
