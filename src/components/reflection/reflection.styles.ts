import { css } from 'lit';
import { base } from '../shared.styles';

export default [
  base,
  css`
    :host {
      display: block;
      margin: 0 0 1.5rem;
    }

    .field {
      max-width: 70ch;
    }

    label {
      display: block;
      font-weight: 600;
    }

    .required {
      color: var(--_muted);
      font-weight: 400;
      font-size: 0.9375rem;
    }

    .prompt {
      margin: 0.25rem 0 0.5rem;
    }

    textarea {
      display: block;
      width: 100%;
      min-height: 8rem;
      padding: 0.625rem 0.75rem;
      border: 2px solid var(--_line);
      border-radius: 0.375rem;
      background: var(--_control);
      color: inherit;
      font: inherit;
      line-height: 1.5;
      resize: vertical;
    }

    textarea:focus-visible {
      border-color: var(--_brand);
    }

    .count {
      margin: 0.25rem 0 0;
      color: var(--_muted);
      font-size: 0.9375rem;
    }

    @media (forced-colors: active) {
      textarea {
        border-color: FieldText;
      }
    }

    @media print {
      textarea {
        border: 1px solid #000;
        resize: none;
      }
    }
  `,
];
