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

    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 1px solid var(--_line);
    }

    [role='tab'] {
      min-height: 2.75rem;
      margin-bottom: -1px;
      padding: 0.5rem 0.875rem;
      border: 1px solid transparent;
      border-bottom: 4px solid transparent;
      border-radius: 0.375rem 0.375rem 0 0;
      background: none;
      color: var(--_text);
      font: inherit;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
    }

    [role='tab']:hover {
      background: var(--_surface);
    }

    [role='tab'][aria-selected='true'] {
      border-color: var(--_line) var(--_line) var(--_brand);
      background: #ffffff;
      color: var(--_brand);
    }

    .panel {
      padding: 1rem 0 0;
    }

    .panel > :last-child {
      margin-bottom: 0;
    }

    .print-title {
      display: none;
    }

    @media (forced-colors: active) {
      [role='tab'][aria-selected='true'] {
        border-bottom-color: Highlight;
      }
    }

    @media print {
      [role='tablist'] {
        display: none;
      }

      .panel[hidden] {
        display: block !important;
      }

      .print-title {
        display: block;
        font-weight: 700;
      }
    }
  `,
];
