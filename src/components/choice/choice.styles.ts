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

    .consequence {
      margin-top: 0.75rem;
      padding: 0.75rem 1rem;
      border: 1px dashed var(--_line);
      border-radius: 0.375rem;
    }

    .consequence-label {
      margin: 0 0 0.25rem;
      font-weight: 700;
      font-style: italic;
    }

    .consequence .prose > :last-child {
      margin-bottom: 0;
    }

    .feedback-label {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.25rem;
      font-weight: 700;
    }

    .feedback-icon {
      display: inline-grid;
      place-items: center;
      width: 1.5rem;
      height: 1.5rem;
      border: 2px solid currentColor;
      border-radius: 50%;
      font-size: 0.875rem;
      line-height: 1;
    }

    /* The state is in the words and the icon; the colours only echo them. */
    .feedback--correct {
      border-left-color: #1d6b34;
    }

    .feedback--correct .feedback-label {
      color: #1d6b34;
    }

    .feedback--partly {
      border-left-color: #8a4b00;
    }

    .feedback--partly .feedback-label {
      color: #6b3a00;
    }

    .feedback--not-quite {
      border-left-color: #a4262c;
    }

    .feedback--not-quite .feedback-label {
      color: #8e1f25;
    }

    /* Flows after the option's text (wrapping under it on a phone), never squeezing the text into a column. */
    .best {
      display: inline-block;
      margin-inline-start: 0.25rem;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      color: #1d6b34;
      font-size: 0.8125rem;
      font-weight: 700;
      white-space: nowrap;
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
