import { css } from 'lit';
import { base } from '../shared.styles';

export default [
  base,
  css`
    :host {
      display: block;
      font-size: 0.9375rem;
    }

    .status {
      display: flex;
      align-items: flex-start;
      gap: 0.375rem;
      margin: 0;
      color: var(--_muted);
    }

    .icon {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: 1.25rem;
      height: 1.25rem;
      margin-top: 0.05rem;
      border: 1px solid currentColor;
      border-radius: 50%;
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1;
    }

    .status--retrying,
    .status--too-long {
      padding: 0.5rem 0.75rem;
      border: 2px solid #8a4b00;
      border-radius: 0.375rem;
      background: #fff6e5;
      color: #5c3200;
    }

    .status--local {
      color: var(--_text);
    }

    @media (forced-colors: active) {
      .status--retrying,
      .status--too-long {
        border-color: CanvasText;
      }
    }

    @media print {
      :host {
        display: none;
      }
    }
  
    /* In the compact header of a narrow or short frame, a good status is its icon (the words
       stay for screen readers); a problem keeps its words. */
    @media (max-width: 40rem), (max-height: 34rem) {
      .status--saved .text,
      .status--saving .text,
      .status--unsaved .text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
`,
];
