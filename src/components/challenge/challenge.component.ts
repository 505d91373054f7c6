import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ChallengeBlock } from '../../course/types';
import { QuestionElement } from '../question';
import styles from './challenge.styles';

export type ChallengeValue = 'adopted' | '';

/**
 * @summary One weekly action of the 26-week challenge, with a native checkbox "Add week N to
 * my plan". The action text describes the checkbox.
 *
 * @event {CustomEvent<{ id: string; value: 'adopted' | '' }>} hqc-answer - The learner adopted the action ("adopted") or dropped it ("").
 *
 * @csspart action - The action text.
 * @csspart option - The labelled checkbox.
 *
 * @cssproperty --hqc-brand - Colour of the card's edge and the checkbox.
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-border-color - Borders of the card (default: --hqc-grey, #767676).
 * @cssproperty --hqc-focus-color - The focus ring (default: --hqc-brand).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcChallenge extends QuestionElement<ChallengeBlock, ChallengeValue> {
  static styles = styles;

  /** The challenge action from the compiled course (id, week, text). */
  declare block: ChallengeBlock;
  /** "adopted" when the learner added the action to their plan, otherwise "". */
  declare value: ChallengeValue;

  private onChange(e: Event) {
    this.answer((e.target as HTMLInputElement).checked ? 'adopted' : '');
  }

  render() {
    if (!this.block) return null;
    return html`
      <div class="card">
        <p id="action" class="action" part="action">${unsafeHTML(this.block.prompt)}</p>
        <label class="option" part="option">
          <input type="checkbox" aria-describedby="action" .checked=${live(this.value === 'adopted')} @change=${this.onChange} />
          <span>Add week ${this.block.week} to my plan</span>
        </label>
      </div>
    `;
  }
}
