import { css } from 'lit';
import { base, prose } from '../shared.styles';
import { viewAllStyles } from '../view-all';

export default [
  base,
  prose,
  viewAllStyles,
  css`
    :host {
      display: block;
      max-width: 70ch;
      margin: 0 0 1.5rem;
    }

    .section {
      border-bottom: 1px solid var(--_line);
    }

    .section:first-child {
      border-top: 1px solid var(--_line);
    }

    .heading {
      margin: 0;
      font-size: 1.0625rem;
      line-height: 1.3;
    }

    button {
      display: flex;
      align-items: baseline;
      gap: 0.625rem;
      width: 100%;
      min-height: 2.75rem;
      padding: 0.625rem 0.25rem;
      border: 0;
      background: none;
      color: var(--_text);
      font: inherit;
      font-weight: 700;
      text-align: start;
      cursor: pointer;
    }

    button:hover {
      background: var(--_surface);
    }

    /* A chevron drawn with borders: it turns when open, and shows in forced colours too. */
    .marker {
      flex: none;
      width: 0.55em;
      height: 0.55em;
      border-right: 2px solid currentColor;
      border-bottom: 2px solid currentColor;
      transform: translateY(-0.1em) rotate(-45deg);
    }

    [aria-expanded='true'] .marker {
      transform: translateY(-0.2em) rotate(45deg);
    }

    .panel {
      padding: 0 0.25rem 0.5rem 1.5rem;
    }

    .panel > :last-child {
      margin-bottom: 0.5rem;
    }

    @media print {
      .panel[hidden] {
        display: block !important;
      }

      .marker {
        display: none;
      }
    }
  `,
];
