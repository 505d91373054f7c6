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

    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin-top: 0.25rem;
    }

    .option {
      min-width: 6rem;
    }
  `,
];
