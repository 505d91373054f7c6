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

    .entry--locked button {
      border-style: dashed;
      cursor: not-allowed;
      background: #f4f4f4;
    }

    .entry--locked .title {
      color: var(--_muted);
      text-decoration: none;
    }

    .entry--locked .state {
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      button {
        border: 1px solid ButtonText;
      }

      .entry--current button {
        border: 3px solid Highlight;
      }

      .entry--locked button {
        border-color: GrayText;
        color: GrayText;
      }

      .title,
      .entry--locked .title {
        color: inherit;
      }
    }
  `,
];
