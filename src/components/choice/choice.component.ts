import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ChoiceBlock } from '../../course/types';
import { shuffledOptions } from '../../flow/progress';
import { QuestionElement } from '../question';
import styles from './choice.styles';

/** How the chosen answer stands: told by an icon and a heading in words, never by colour alone. */
export type FeedbackState = 'correct' | 'partly' | 'not-quite' | 'neutral';

export const FEEDBACK_HEADING: Record<FeedbackState, string> = {
  correct: 'Correct',
  partly: 'Partly right',
  'not-quite': 'Not quite',
  neutral: 'Feedback',
};

const FEEDBACK_ICON: Record<FeedbackState, string> = { correct: '✓', partly: '◐', 'not-quite': '✗', neutral: 'i' };

/**
 * @summary A question with one answer to choose, as native radio buttons in a fieldset. Once
 * the learner chooses, the feedback for that option appears in a polite live region, headed by
 * how the answer stands ("Correct", "Partly right", "Not quite", with an icon; "Feedback" for a
 * question with no best answer), so screen readers read both out; after an answer that is not
 * the best one, the best answer is marked "Best answer" in the list. The learner may change the
 * choice and the feedback follows.
 *
 * In a branching scenario an option can have a consequence, what happens next in the story:
 * it comes first, under "What happens next", then the feedback. A `shuffle` question shows its
 * options in the order drawn from `seed` (pinned options keep their places).
 *
 * @event {CustomEvent<{ id: string; value: string }>} hqc-answer - The learner chose an option; `value` is its id.
 *
 * @csspart fieldset - The fieldset around the question.
 * @csspart legend - The question.
 * @csspart option - Each labelled radio button.
 * @csspart feedback - The live region holding the chosen option's feedback.
 *
 * @cssproperty --hqc-brand - Colour of the checked option's border, the feedback's edge and the radios.
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-muted-text-color - Secondary text ("required") (default: --hqc-ink-soft, #4b4b4b).
 * @cssproperty --hqc-panel-background - Tinted panels: an option under the pointer, the checked option, the feedback; must differ from the page background (default: --hqc-tint, #f3f6f8).
 * @cssproperty --hqc-border-color - Borders of the question's box (default: --hqc-grey, #767676).
 * @cssproperty --hqc-focus-color - The focus ring (default: --hqc-brand).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcChoice extends QuestionElement<ChoiceBlock> {
  static styles = styles;
  static properties = {
    seed: { type: Number },
  };

  /** The question from the compiled course: prompt, options and each option's feedback. */
  declare block: ChoiceBlock;
  /** The chosen option's id, or "". */
  declare value: string;
  /** The attempt's seed, for the order of a shuffled question's options (0 before there is one). */
  declare seed: number;

  constructor() {
    super();
    this.seed = 0;
  }

  private onChange(e: Event) {
    this.answer((e.target as HTMLInputElement).value);
  }

  render() {
    if (!this.block) return null;
    const { id, prompt, options } = this.block;
    const chosen = options.find((o) => o.id === this.value);
    const best = options.find((o) => o.correct);
    const state: FeedbackState = !chosen ? 'neutral' : chosen.correct ? 'correct' : chosen.partly ? 'partly' : best ? 'not-quite' : 'neutral';
    const showBest = !!chosen && !!best && !chosen.correct;
    return html`
      <fieldset part="fieldset">
        <legend part="legend">${unsafeHTML(prompt)}</legend>
        <div class="options">
          ${shuffledOptions(this.block, this.seed).map(
            (o) => html`
              <label class="option" part="option">
                <input type="radio" name=${`choice-${id}`} value=${o.id} .checked=${live(this.value === o.id)} @change=${this.onChange} />
                <span>${unsafeHTML(o.label)}${showBest && o === best ? html` <span class="best">Best answer</span>` : null}</span>
              </label>
            `,
          )}
        </div>
        <div part="feedback" aria-live="polite">
          ${chosen
            ? html`${chosen.consequence
                  ? html`<div class="consequence">
                      <p class="consequence-label">What happens next</p>
                      <div class="prose">${unsafeHTML(chosen.consequence)}</div>
                    </div>`
                  : null}
                <div class=${`feedback feedback--${state}`}>
                <p class="feedback-label"><span class="feedback-icon" aria-hidden="true">${FEEDBACK_ICON[state]}</span> ${FEEDBACK_HEADING[state]}</p>
                <div class="prose">${unsafeHTML(chosen.feedback)}</div>
              </div>`
            : null}
        </div>
      </fieldset>
    `;
  }
}
