import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { YesNoBlock } from '../../course/types';
import { QuestionElement } from '../question';
import styles from './yes-no.styles';

export type YesNoValue = 'yes' | 'no' | '';

/**
 * @summary One self-assessment question: a fieldset whose legend is the question, with two
 * native radio buttons, "Yes" and "No". Arrow keys and Space work as for any radio group.
 *
 * @event {CustomEvent<{ id: string; value: 'yes' | 'no' }>} hqc-answer - The learner chose Yes or No.
 *
 * @csspart fieldset - The fieldset around the question.
 * @csspart legend - The question.
 * @csspart option - Each of the two labelled radio buttons.
 *
 * @cssproperty --hqc-brand - Colour of the checked option's border and the radios.
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-muted-text-color - Secondary text ("required") (default: --hqc-ink-soft, #4b4b4b).
 * @cssproperty --hqc-panel-background - Tinted panels: an option under the pointer, the checked option; must differ from the page background (default: --hqc-tint, #f3f6f8).
 * @cssproperty --hqc-border-color - Borders of the question's box (default: --hqc-grey, #767676).
 * @cssproperty --hqc-focus-color - The focus ring (default: --hqc-brand).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcYesNo extends QuestionElement<YesNoBlock, YesNoValue> {
  static styles = styles;

  /** The question, as compiled from the lesson. */
  declare block: YesNoBlock;
  /** The learner's answer so far. */
  declare value: YesNoValue;

  private onChange(e: Event) {
    this.answer((e.target as HTMLInputElement).value as 'yes' | 'no');
  }

  render() {
    if (!this.block) return null;
    const name = `yes-no-${this.block.id}`;
    const option = (value: 'yes' | 'no', label: string) => html`
      <label class="option" part="option">
        <input type="radio" name=${name} value=${value} .checked=${live(this.value === value)} @change=${this.onChange} />
        <span>${label}</span>
      </label>
    `;
    return html`
      <fieldset part="fieldset">
        <legend part="legend">${unsafeHTML(this.block.prompt)}</legend>
        <div class="options">${option('yes', 'Yes')} ${option('no', 'No')}</div>
      </fieldset>
    `;
  }
}
