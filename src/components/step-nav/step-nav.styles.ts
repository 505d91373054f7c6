import { css } from 'lit';

/**
 * The step bar's rules (`.step-nav` is also the end screen's and the plan's button row);
 * hqc-unit adopts them (the step bar draws into the unit's shadow root).
 */
export default css`
  hqc-step-nav {
    display: contents;
  }

  .step-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    max-width: 70ch;
    margin-top: 2rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_line);
  }

  .spacer {
    flex: 1 1 auto;
  }

  .hint {
    max-width: 70ch;
  }

  .hint--shown {
    margin-top: 0.75rem;
    padding: 0.75rem 1rem;
    border: 2px solid #8a4b00;
    border-radius: 0.375rem;
    background: #fff6e5;
  }

  .hint p {
    margin: 0;
    font-weight: 600;
  }

  .hint ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }

  .hint li + li {
    margin-top: 0.25rem;
  }

  .hint a {
    color: #1b1b1b;
  }

  @media (max-width: 30rem) {
    .step-nav .button {
      flex: 1 1 100%;
    }

    .spacer {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .hint--shown {
      border: 2px solid CanvasText;
    }
  }

  @media print {
    .step-nav,
    .hint {
      display: none !important;
    }
  }
`;
