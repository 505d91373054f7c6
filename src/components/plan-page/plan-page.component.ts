import { html, nothing } from 'lit';
import type { Course } from '../../course/types';
import { lessonById, type FlowContext } from '../../flow/progress';
import { COMPLETE } from '../../flow/steps';
import { emit } from '../events';
import { UnitPart } from '../unit-part';

/**
 * @summary The "My plan" step: its `<h1>`, the learner's plan (`<hqc-plan>`), and one way
 * back: "Back to Unit complete" when the plan was opened from the end screen, otherwise
 * "Back to <the lesson the learner was on>".
 *
 * A part of hqc-unit: it draws into the unit's shadow root (no shadow root of its own).
 *
 * @event {CustomEvent<{ type: 'nav.goto'; id: string }>} hqc-flow - The learner went back: to "complete" or to a lesson id.
 */
export default class HqcPlanPage extends UnitPart {
  static properties = {
    course: { attribute: false },
    context: { attribute: false },
    earlier: { attribute: false },
    backTo: { attribute: 'back-to' },
  };

  /** The compiled course. */
  declare course: Course;
  /** The flow's context: the learner's answers. */
  declare context: FlowContext;
  /** What the learner wrote for questions this version of the unit no longer has, by old id. */
  declare earlier: Record<string, string>;
  /** Where Back goes: "complete", a lesson id, or null for the first lesson. */
  declare backTo: string | null;

  constructor() {
    super();
    this.earlier = {};
    this.backTo = null;
  }

  render() {
    if (!this.course || !this.context) return nothing;
    const id = this.backTo === COMPLETE ? COMPLETE : (lessonById(this.course, this.backTo ?? '') ?? this.course.lessons[0]).id;
    const title = id === COMPLETE ? 'Unit complete' : lessonById(this.course, id)!.title;
    return html`
      <article class="lesson plan" aria-labelledby="step-title">
        <h1 id="step-title" tabindex="-1">My plan</h1>
        <hqc-plan .course=${this.course} .answers=${this.context.answers} .earlier=${this.earlier}></hqc-plan>
        <div class="step-nav" part="step-nav">
          <button type="button" class="button button--primary" @click=${() => emit(this, 'hqc-flow', { type: 'nav.goto', id })}>Back to ${title}</button>
        </div>
      </article>
    `;
  }
}
