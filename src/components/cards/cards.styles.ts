import { css } from 'lit';
import { base, prose } from '../shared.styles';

export default [
  base,
  prose,
  css`
    :host {
      display: block;
      margin: 0 0 1.5rem;
    }

    ul {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .card {
      padding: 0.75rem 1rem;
      border: 1px solid var(--_line);
      border-top: 4px solid var(--_brand);
      border-radius: 0.375rem;
      background: #ffffff;
    }

    .title {
      margin: 0 0 0.375rem;
      font-size: 1.0625rem;
      font-weight: 700;
      line-height: 1.3;
    }

    .prose > :last-child {
      margin-bottom: 0;
    }

    @media print {
      .card {
        break-inside: avoid;
      }
    }
  `,
];
