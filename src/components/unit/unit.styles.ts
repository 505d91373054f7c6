import { css } from 'lit';
import { base, buttons, prose } from '../shared.styles';
import endScreen from '../end-screen/end-screen.styles';
import header from '../header/header.styles';
import lesson from '../lesson/lesson.styles';
import notices from '../notices/notices.styles';
import planPage from '../plan-page/plan-page.styles';
import stepNav from '../step-nav/step-nav.styles';

// The parts (header, notices, lesson, step bar, end screen, plan page) draw into the unit's shadow root: their
// rules come with the unit's, each from the part's own styles file.
export default [
  base,
  buttons,
  prose,
  header,
  notices,
  lesson,
  stepNav,
  endScreen,
  planPage,
  css`
    :host {
      display: block;
      background: var(--hqc-page-background, var(--_paper));
    }

    .opening {
      margin: 1.5rem 0;
      color: var(--_muted);
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

    @media (max-width: 30rem) {
      .unit {
        padding: 0 0.75rem 1.5rem;
      }

      h1 {
        font-size: 1.5rem;
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
