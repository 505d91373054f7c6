import { html, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ReflectionBlock } from '../../course/types';
import { QuestionElement } from '../question';
import styles from './reflection.styles';

/** How long typing must pause before the text is sent up. */
export const INPUT_DEBOUNCE_MS = 300;

/**
 * @summary A writing prompt: a labelled text area with a length limit and a character count.
 * The count is always visible and read as the field's description; screen readers hear it
 * on their own only near the limit ("40 characters left", "limit reached"), not on every key.
 *
 * While the learner types in the box, the box is theirs: a new `value` from outside is
 * applied only when the box does not have focus, so a late echo of their own text never
 * overwrites what they typed since.
 *
 * @event {CustomEvent<{ id: string; value: string }>} hqc-answer - The text changed: sent ~300 ms after
 * typing pauses, and at once on change and blur.
 *
 * @csspart label - The short label above the box.
 * @csspart textarea - The text area.
 * @csspart count - The character count.
 *
 * @cssproperty --hqc-brand - Border of the text area with focus.
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-muted-text-color - Secondary text (hint, character count) (default: --hqc-ink-soft, #4b4b4b).
 * @cssproperty --hqc-control-background - Background of the text area (default: --hqc-paper, #ffffff).
 * @cssproperty --hqc-border-color - Borders of the text area (default: --hqc-grey, #767676).
 * @cssproperty --hqc-focus-color - The focus ring (default: --hqc-brand).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcReflection extends QuestionElement<ReflectionBlock> {
  static styles = styles;
  static properties = {
    length: { state: true },
    announcement: { state: true },
  };

  /** The prompt from the compiled course: label, text and maximum length. */
  declare block: ReflectionBlock;
  /** The learner's text. */
  declare value: string;
  declare private length: number;
  declare private announcement: string;

  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The learner typed since the text was last sent. */
  private dirty = false;
  /** 0: far from the limit, 1: near it, 2: at it. Announced only when it rises. */
  private level = 0;

  constructor() {
    super();
    this.length = 0;
    this.announcement = '';
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  /** Characters left at which the count starts being announced. */
  private get nearLimit(): number {
    return Math.max(20, Math.round(this.block.maxLength * 0.1));
  }

  disconnectedCallback() {
    // A detached element's event reaches only listeners on the element itself: hosts that
    // remove it (hqc-unit on a step change) call flush() first. This is the last resort.
    this.flush();
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('value') && !this.editing()) this.length = this.value.length;
  }

  protected updated(changed: PropertyValues<this>) {
    const ta = this.textarea;
    if (ta && changed.has('value') && !this.editing() && ta.value !== this.value) ta.value = this.value;
  }

  private editing(): boolean {
    const ta = this.textarea;
    return !!ta && this.shadowRoot?.activeElement === ta;
  }

  private onInput(e: Event) {
    this.dirty = true;
    const text = (e.target as HTMLTextAreaElement).value;
    this.value = text;
    this.length = text.length;
    this.updateAnnouncement();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), INPUT_DEBOUNCE_MS);
  }

  /** Sends the box's text now, if the learner typed since it was last sent (hqc-unit calls this before Continue). */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const ta = this.textarea;
    if (!ta || !this.block) return;
    if (!this.dirty) return;
    this.dirty = false;
    this.report(ta.value);
  }

  private updateAnnouncement() {
    const left = this.block.maxLength - this.length;
    const level = left <= 0 ? 2 : left <= this.nearLimit ? 1 : 0;
    if (level > this.level) {
      this.announcement =
        level === 2
          ? `Limit reached: ${this.block.maxLength} of ${this.block.maxLength} characters.`
          : `${left} characters left.`;
    } else if (level === 0) {
      this.announcement = '';
    }
    this.level = level;
  }

  render() {
    if (!this.block) return null;
    const { maxLength, label, prompt, required } = this.block;
    return html`
      <div class="field">
        <label for="text" part="label">${label}${required ? html` <span class="required">(required)</span>` : null}</label>
        <p id="prompt" class="prompt">${unsafeHTML(prompt)}</p>
        <textarea
          id="text"
          part="textarea"
          rows="6"
          maxlength=${maxLength}
          aria-describedby="prompt count"
          aria-required=${required ? 'true' : 'false'}
          @input=${this.onInput}
          @change=${() => this.flush()}
          @blur=${() => this.flush()}
        ></textarea>
        <p id="count" class="count" part="count">${this.length} of ${maxLength} characters</p>
        <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      </div>
    `;
  }
}
