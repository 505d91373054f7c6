import { LitElement, type PropertyDeclarations } from 'lit';
import { emit } from './events';

/**
 * What the question elements (hqc-yes-no, hqc-choice, hqc-reflection, hqc-challenge) share: a
 * `block` compiled from the lesson, the learner's `value` ("" before an answer), focus that
 * goes to the first control inside (`delegatesFocus`, so the hint's links and hqc-unit can
 * focus `#q-<id>`), and one way to report an answer: `hqc-answer` with the block's id.
 *
 * Subclasses declare `block` with their own block type and render the native controls.
 */
export class QuestionElement<B extends { id: string }, V extends string = string> extends LitElement {
  static shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static properties: PropertyDeclarations = {
    block: { attribute: false },
    value: {},
  };

  declare block: B;
  declare value: V;

  constructor() {
    super();
    this.value = '' as V;
  }

  /** The learner answered `value`: keep it and report it. */
  protected answer(value: V): void {
    this.value = value;
    this.report(value);
  }

  /** Reports `value` as the learner's answer to this block (hqc-answer), without changing `value`. */
  protected report(value: string): void {
    emit(this, 'hqc-answer', { id: this.block.id, value });
  }
}
