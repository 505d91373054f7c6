import { css } from 'lit';

/**
 * What every component shares: the theme tokens, readable text, a strong focus ring,
 * .visually-hidden, and the reduced-motion and forced-colours rules.
 *
 * Theme tokens come in two levels; custom properties inherit into shadow roots, so set them on
 * :root (src/styles.css does, and the app sets the brand from course.theme) or on hqc-unit.
 * - Palette, named for the colour: --hqc-brand, --hqc-brand-contrast, --hqc-ink,
 *   --hqc-ink-soft, --hqc-paper, --hqc-tint, --hqc-grey, and --hqc-font.
 * - Roles, named for what they paint, each defaulting to a palette colour:
 *   --hqc-page-background (paper; the page, src/styles.css, and hqc-unit behind its steps),
 *   --hqc-panel-background (tint; hover, checked option, feedback, notices, "next" card: must
 *   differ from the page background), --hqc-control-background (paper; buttons, menu entries,
 *   text areas), --hqc-text-color (ink), --hqc-muted-text-color (ink-soft),
 *   --hqc-border-color (grey), --hqc-focus-color (brand).
 * The fallbacks below are the palette's defaults, the same as src/styles.css's :root
 * (test/theme-tokens.test.ts keeps them equal), so a component stands alone in its tests.
 */
export const base = css`
  :host {
    /* Palette */
    --_brand: var(--hqc-brand, #1f5a85);
    --_brand-contrast: var(--hqc-brand-contrast, #ffffff);
    --_ink: var(--hqc-ink, #1b1b1b);
    --_ink-soft: var(--hqc-ink-soft, #4b4b4b);
    --_paper: var(--hqc-paper, #ffffff);
    --_tint: var(--hqc-tint, #f3f6f8);
    --_grey: var(--hqc-grey, #767676);
    /* Roles */
    --_text: var(--hqc-text-color, var(--_ink));
    --_muted: var(--hqc-muted-text-color, var(--_ink-soft));
    --_panel: var(--hqc-panel-background, var(--_tint));
    --_control: var(--hqc-control-background, var(--_paper));
    --_line: var(--hqc-border-color, var(--_grey));
    --_focus: var(--hqc-focus-color, var(--_brand));
    font-family: var(--hqc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_text);
    line-height: 1.5;
    /* Long words and URLs wrap instead of scrolling sideways at 320 px. */
    overflow-wrap: anywhere;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  a {
    color: var(--_brand);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Buttons: at least 44 px tall, a border in every colour mode, aria-disabled that still takes focus. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1.125rem;
    border: 2px solid var(--_brand);
    border-radius: 0.375rem;
    background: var(--_control);
    color: var(--_brand);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition: background-color 120ms ease-out;
  }

  .button:hover {
    background: var(--_panel);
  }

  .button--primary {
    background: var(--_brand);
    color: var(--_brand-contrast);
  }

  .button--primary:hover {
    background: var(--_brand);
    text-decoration: underline;
  }

  .button--plain {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }

  .button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_line);
    background: #ececec;
    color: var(--_muted);
    cursor: not-allowed;
    text-decoration: none;
  }

  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }

    .button--primary {
      border-width: 3px;
    }

    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }

  @media print {
    .button,
    button {
      display: none !important;
    }
  }
`;

/** Questions: a fieldset with a legend, and large click targets for native radios and checkboxes. */
export const questions = css`
  fieldset {
    margin: 0;
    padding: 1rem;
    border: 1px solid var(--_line);
    border-radius: 0.5rem;
    min-width: 0;
    max-width: 70ch;
  }

  /* Floated, the legend sits inside the box, so a long question wraps cleanly. */
  legend {
    float: left;
    width: 100%;
    margin: 0 0 0.5rem;
    padding: 0;
    font-weight: 600;
  }

  legend + * {
    clear: both;
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    min-height: 44px;
    padding: 0.5rem 0.625rem;
    border: 1px solid transparent;
    border-radius: 0.375rem;
    cursor: pointer;
  }

  .option:hover {
    background: var(--_panel);
  }

  .option:has(input:checked) {
    border-color: var(--_brand);
    background: var(--_panel);
  }

  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_brand);
    cursor: pointer;
  }

  .required {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9375rem;
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 2px solid Highlight;
    }
  }
`;

/** Designer HTML (lesson bodies, prompts, feedback): calm, readable, at most ~70 characters a line. */
export const prose = css`
  .prose > * {
    max-width: 70ch;
  }

  .prose :is(h2, h3, h4) {
    line-height: 1.25;
    margin: 1.75rem 0 0.5rem;
  }

  .prose h2 {
    font-size: 1.375rem;
  }

  .prose h3 {
    font-size: 1.125rem;
  }

  .prose :is(p, ul, ol, blockquote) {
    margin: 0 0 1rem;
  }

  .prose li + li {
    margin-top: 0.375rem;
  }

  .prose blockquote {
    padding-left: 1rem;
    border-left: 4px solid var(--_line);
  }

  .prose img {
    max-width: 100%;
    height: auto;
  }

  .prose :is(pre, table) {
    max-width: 100%;
    overflow-x: auto;
  }
`;
