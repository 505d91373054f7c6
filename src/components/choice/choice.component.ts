import { LitElement, html } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ChoiceBlock } from '../../course/types';
import { emit } from '../events';
import styles from './choice.styles';

/**
 * @summary A question with one answer to choose, as native radio buttons in a fieldset. Once
 * the learner chooses, the feedback for that option appears in a polite live region, so
 * screen readers read it out; the learner may change the choice and the feedback follows.
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
export default class HqcChoice extends LitElement {
  static styles = styles;
  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static properties = {
    block: { attribute: false },
    value: {},
  };

  /** The question from the compiled course: prompt, options and each option's feedback. */
  declare block: ChoiceBlock;
  /** The chosen option's id, or "". */
  declare value: string;

  constructor() {
    super();
    this.value = '';
  }

  private onChange(e: Event) {
    this.value = (e.target as HTMLInputElement).value;
    emit(this, 'hqc-answer', { id: this.block.id, value: this.value });
  }

  render() {
    if (!this.block) return null;
    const { id, prompt, options } = this.block;
    const chosen = options.find((o) => o.id === this.value);
    return html`
      <fieldset part="fieldset">
        <legend part="legend">${unsafeHTML(prompt)}</legend>
        <div class="options">
          ${options.map(
            (o) => html`
              <label class="option" part="option">
                <input type="radio" name=${`choice-${id}`} value=${o.id} .checked=${live(this.value === o.id)} @change=${this.onChange} />
                <span>${unsafeHTML(o.label)}</span>
              </label>
            `,
          )}
        </div>
        <div part="feedback" aria-live="polite">
          ${chosen
            ? html`<div class="feedback">
                <p class="feedback-label">Feedback</p>
                <div class="prose">${unsafeHTML(chosen.feedback)}</div>
              </div>`
            : null}
        </div>
      </fieldset>
    `;
  }
}
