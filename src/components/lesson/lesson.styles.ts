import { css } from 'lit';

/** hqc-lesson's rules; hqc-unit adopts them (the lesson draws into the unit's shadow root). */
export default css`
  hqc-lesson {
    display: contents;
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

  @media (forced-colors: active) {
    .outcome {
      border: 2px solid CanvasText;
    }
  }
`;
