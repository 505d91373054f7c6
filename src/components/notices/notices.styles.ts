import { css } from 'lit';

/** hqc-notices' rules; hqc-unit adopts them (the notices draw into the unit's shadow root). */
export default css`
  hqc-notices {
    display: contents;
  }

  .notices > div:not(:empty) {
    padding-top: 0.75rem;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    max-width: 70ch;
    margin: 0 0 0.5rem;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_line);
    border-left: 6px solid var(--_brand);
    border-radius: 0.375rem;
    background: var(--_panel);
  }

  .notice p {
    flex: 1 1 16rem;
    margin: 0;
  }

  .notice--warning {
    border-color: #8a4b00;
    background: #fff6e5;
    color: #5c3200;
  }

  @media (forced-colors: active) {
    .notice {
      border: 2px solid CanvasText;
    }
  }

  @media print {
    .notices {
      display: none !important;
    }
  }
`;
