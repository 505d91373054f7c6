import { css } from 'lit';
import { base, questions } from '../shared.styles';

export default [
  base,
  questions,
  css`
    :host {
      display: block;
      margin: 0 0 1rem;
    }

    .card {
      max-width: 70ch;
      padding: 0.75rem 1rem;
      border: 1px solid var(--_line);
      border-left: 6px solid var(--_brand);
      border-radius: 0.375rem;
    }

    .action {
      margin: 0 0 0.5rem;
    }

    .option {
      display: inline-flex;
      font-weight: 600;
    }
  `,
];
