import { html, nothing } from 'lit';
import type { Course } from '../../course/types';
import { currentSequence, lessonById, missing, pageCount, pageOf, progressMeasure, recommendedPath, selfAssessment, sequence, type FlowContext } from '../../flow/progress';
import type { SaveStatus } from '../../flow/save-status';
import { COMPLETE, PLAN } from '../../flow/steps';
import { emit } from '../events';
import { UnitPart } from '../unit-part';

/**
 * @summary hqc-unit's header: the course title, the step of the path and the unit's progress,
 * the Menu button that opens the lesson menu's drawer, "My plan", and the save status.
 *
 * A part of hqc-unit: it draws into the unit's shadow root (no shadow root of its own), so the
 * Menu button's `aria-controls` names the unit's drawer (`#menu-panel`); the unit's `header`
 * CSS part is its `<header>`.
 *
 * @event {CustomEvent<{ open: boolean; focusEntry: boolean }>} hqc-menu-toggle - The learner pressed Menu: `open` is the state asked for.
 * @event {CustomEvent<{ type: 'nav.plan' }>} hqc-flow - The learner pressed "My plan".
 */
export default class HqcHeader extends UnitPart {
  static properties = {
    course: { attribute: false },
    context: { attribute: false },
    step: {},
    menuOpen: { attribute: 'menu-open', type: Boolean },
    saveStatus: { attribute: false },
  };

  /** The compiled course: its title, lessons and paths. */
  declare course: Course;
  /** The flow's context: path, answers, pages. */
  declare context: FlowContext;
  /** The step the learner is on: a lesson id, "complete" or "plan". */
  declare step: string;
  /** Whether the lesson menu's drawer is open (the Menu button's aria-expanded). */
  declare menuOpen: boolean;
  /** The LMS session's save status, or null before there is one. */
  declare saveStatus: SaveStatus | null;

  constructor() {
    super();
    this.step = '';
    this.menuOpen = false;
    this.saveStatus = null;
  }

  render() {
    if (!this.course || !this.context) return nothing;
    const pct = Math.round(progressMeasure(this.course, this.context) * 100);
    return html`
      <header class="header" part="header">
        <p class="course-title">${this.course.title}</p>
        <div class="progress">
          <span class="step-text">${this.stepText()}</span>
          <progress max="100" .value=${pct} aria-label="Unit progress" aria-valuetext=${`${pct}% done`}></progress>
        </div>
        <div class="tools">
          <button
            id="menu-button"
            type="button"
            class="button"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            aria-controls="menu-panel"
            @click=${() => emit(this, 'hqc-menu-toggle', { open: !this.menuOpen, focusEntry: false })}
          >
            Menu
          </button>
          <button type="button" class="button" aria-current=${this.step === PLAN ? 'page' : nothing} @click=${() => emit(this, 'hqc-flow', { type: 'nav.plan' })}>
            My plan
          </button>
        </div>
        <hqc-save-status class="save-status" .status=${this.saveStatus}></hqc-save-status>
      </header>
    `;
  }

  /** "Step 2 of 7, page 1 of 2", "Reference", "Extra lesson", "Unit complete", "My plan". */
  private stepText(): string {
    const { course, context: ctx, step } = this;
    if (step === COMPLETE) return 'Unit complete';
    if (step === PLAN) return 'My plan';
    const lesson = lessonById(course, step);
    if (lesson?.kind === 'reference') return 'Reference';
    // Before the path is chosen, count along the path the answers recommend (once they are all in).
    const answered = missing(selfAssessment(course), ctx).length === 0;
    const seq = ctx.path || !answered ? currentSequence(course, ctx) : sequence(course, recommendedPath(course, ctx));
    const index = seq.findIndex((l) => l.id === step);
    const pages = lesson ? pageCount(lesson) : 1;
    const page = pages > 1 ? `, page ${pageOf(lesson!, ctx) + 1} of ${pages}` : '';
    return index === -1 ? `Extra lesson${page}` : `Step ${index + 1} of ${seq.length}${page}`;
  }
}
