import { css } from 'lit';
import { base, prose, questions } from '../shared.styles';

export default [
  base,
  questions,
  prose,
  css`
    :host {
      display: block;
      margin: 0 0 1.25rem;
    }

    .options {
      display: grid;
      gap: 0.375rem;
      margin-top: 0.25rem;
    }

    .feedback {
      margin-top: 0.75rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--_brand);
      background: var(--_panel);
    }

    .feedback-label {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }

    .feedback .prose > :last-child {
      margin-bottom: 0;
    }

    @media (forced-colors: active) {
      .feedback {
        border: 1px solid CanvasText;
        border-left-width: 4px;
      }
    }
  `,
];
