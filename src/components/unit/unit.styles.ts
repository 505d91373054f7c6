import { css } from 'lit';
import { base, buttons, prose } from '../shared.styles';

export default [
  base,
  buttons,
  prose,
  css`
    :host {
      display: block;
      background: var(--hqc-page-background, var(--_paper));
    }

    .unit {
      max-width: 52rem;
      margin: 0 auto;
      padding: 0 1rem 2rem;
    }

    /* Header: in the page's flow (never fixed or sticky), wrapping at any width. */
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--_line);
    }

    .course-title {
      flex: 1 1 12rem;
      margin: 0;
      font-weight: 700;
      color: var(--_brand);
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      font-size: 0.9375rem;
    }

    progress {
      appearance: none;
      width: 8rem;
      height: 0.75rem;
      border: 1px solid var(--_line);
      border-radius: 999px;
      background: var(--_control);
      overflow: hidden;
    }

    progress::-webkit-progress-bar {
      background: var(--_control);
    }

    progress::-webkit-progress-value {
      background: var(--_brand);
    }

    progress::-moz-progress-bar {
      background: var(--_brand);
    }

    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .save-status {
      flex: 1 1 100%;
    }

    /* The menu: a drawer over the lesson from the left, never a block that pushes it down. */
    .menu-panel {
      position: fixed;
      inset: 0 auto 0 0;
      width: min(24rem, calc(100% - 2.5rem));
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      padding: 0.75rem 1rem 1.5rem;
      border: 0;
      border-right: 2px solid var(--_line);
      background: #ffffff;
      color: var(--_text);
      overflow-y: auto;
      box-shadow: 0 0 1.5rem rgb(0 0 0 / 0.35);
    }

    .menu-panel::backdrop {
      background: rgb(0 0 0 / 0.45);
    }

    .menu-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }

    .menu-title {
      margin: 0;
      font-size: 1.125rem;
      font-weight: 700;
    }

    main a:not([href]) {
      color: inherit;
      text-decoration: none;
    }

    /* Narrow or short frames (Moodle on a phone): the header is one compact row. */
    @media (max-width: 40rem), (max-height: 34rem) {
      .header {
        flex-wrap: wrap;
        gap: 0.375rem 0.5rem;
        padding: 0.25rem 0;
      }

      .course-title,
      progress {
        display: none;
      }

      .tools {
        flex-wrap: nowrap;
        gap: 0.375rem;
      }

      .tools .button {
        padding-inline: 0.625rem;
      }

      .progress {
        order: 1;
        flex: 1 1 5rem;
        min-width: 0;
        font-size: 0.8125rem;
        line-height: 1.2;
      }

      .save-status {
        order: 2;
        flex: 0 1 auto;
      }

      h1 {
        margin-top: 1rem;
        font-size: 1.5rem;
      }
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

    h1 {
      max-width: 70ch;
      margin: 1.5rem 0 1rem;
      font-size: 1.75rem;
      line-height: 1.2;
    }

    h1:focus:not(:focus-visible) {
      outline: none;
    }

    .outcome {
      max-width: 70ch;
      margin: 1rem 0 1.5rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--_line);
      border-left: 6px solid var(--_brand);
      border-radius: 0.375rem;
    }

    .outcome h2 {
      margin: 0 0 0.25rem;
      font-size: 1.25rem;
    }

    .outcome .prose > :last-child {
      margin-bottom: 0;
    }

    .about {
      max-width: 70ch;
      margin: -0.5rem 0 1rem;
      color: var(--_muted);
      font-size: 0.9375rem;
    }

    .optional-note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
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
      .unit {
        padding: 0 0.75rem 1.5rem;
      }

      h1 {
        font-size: 1.5rem;
      }

      .step-nav .button {
        flex: 1 1 100%;
      }

      .spacer {
        display: none;
      }
    }

    @media (forced-colors: active) {
      .notice,
      .outcome,
      .hint--shown,
      .next {
        border: 2px solid CanvasText;
      }

      progress {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
      }

      progress::-webkit-progress-bar {
        background: Canvas;
      }

      progress::-webkit-progress-value {
        background: Highlight;
      }
    }

    @media print {
      .header,
      .menu-panel,
      .notices,
      .step-nav,
      .hint {
        display: none !important;
      }

      .unit {
        max-width: none;
        padding: 0;
      }
    }
  `,
];
