import { css } from 'lit';
import { base, buttons } from '../shared.styles';

export default [
  base,
  buttons,
  css`
    :host {
      display: block;
    }

    .section {
      max-width: 70ch;
      margin: 0 0 1.5rem;
    }

    h2 {
      font-size: 1.375rem;
      line-height: 1.25;
      margin: 1.5rem 0 0.5rem;
    }

    h3 {
      font-size: 1.0625rem;
      margin: 1rem 0 0.25rem;
    }

    .note {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--_line);
      white-space: pre-wrap;
    }

    .empty,
    .hint {
      color: var(--_muted);
    }

    .actions {
      padding-left: 1.25rem;
    }

    .actions li + li {
      margin-top: 0.375rem;
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }

    .calendar {
      display: grid;
      justify-items: start;
      gap: 0.375rem;
      margin-top: 1.25rem;
      padding-top: 1rem;
      border-top: 1px solid var(--_line);
    }

    .calendar label {
      font-weight: 600;
    }

    .hint,
    .error {
      margin: 0;
    }

    .error {
      color: #a00000;
      font-weight: 600;
    }

    input[type='date'] {
      min-height: 44px;
      padding: 0.375rem 0.5rem;
      border: 2px solid var(--_line);
      border-radius: 0.375rem;
      font: inherit;
      color: inherit;
      background: var(--_control);
    }

    input[aria-invalid='true'] {
      border-color: #a00000;
    }

    @media (forced-colors: active) {
      input[type='date'] {
        border-color: FieldText;
      }
    }

    @media print {
      .downloads {
        display: none;
      }

      .note {
        border-left-color: #000;
      }
    }
  `,
];
