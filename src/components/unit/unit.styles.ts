import { css } from 'lit';
import { base, buttons, prose } from '../shared.styles';
import endScreen from '../end-screen/end-screen.styles';
import header from '../header/header.styles';
import notices from '../notices/notices.styles';
import stepNav from '../step-nav/step-nav.styles';

// The parts (header, notices, step bar, end screen) draw into the unit's shadow root: their
// rules come with the unit's, each from the part's own styles file.
export default [
  base,
  buttons,
  prose,
  header,
  notices,
  stepNav,
  endScreen,
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

    @media (max-width: 30rem) {
      .unit {
        padding: 0 0.75rem 1.5rem;
      }

      h1 {
        font-size: 1.5rem;
      }
    }

    @media (forced-colors: active) {
      .outcome {
        border: 2px solid CanvasText;
      }
    }

    @media print {
      .menu-panel {
        display: none !important;
      }

      .unit {
        max-width: none;
        padding: 0;
      }
    }
  `,
];
