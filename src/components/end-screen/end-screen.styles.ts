import { css } from 'lit';

/** hqc-end-screen's rules; hqc-unit adopts them (the end screen draws into the unit's shadow root). */
export default css`
  hqc-end-screen {
    display: contents;
  }

  .lead {
    font-size: 1.125rem;
    max-width: 70ch;
  }

  .done {
    max-width: 70ch;
    margin: 1.25rem 0;
  }

  .done h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }

  .done :is(p, ul) {
    margin: 0 0 0.5rem;
  }

  .next {
    max-width: 70ch;
    margin: 1.5rem 0;
    padding: 1rem 1.25rem;
    border-radius: 0.375rem;
    background: var(--_panel);
  }

  .next h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }

  .next p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .next {
      border: 2px solid CanvasText;
    }
  }
`;
