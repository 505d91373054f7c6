import { css } from 'lit';

/** hqc-header's rules; hqc-unit adopts them (the header draws into the unit's shadow root). */
export default css`
  hqc-header {
    display: contents;
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
  }

  @media (forced-colors: active) {
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
    .header {
      display: none !important;
    }
  }
`;
