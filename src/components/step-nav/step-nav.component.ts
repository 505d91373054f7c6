import { html, nothing } from 'lit';
import type { Course, Lesson } from '../../course/types';
import { lessonById, pageCount, pageOf, recommendedPath, type FlowContext } from '../../flow/progress';
import { emit } from '../events';
import { UnitPart } from '../unit-part';
import { continueBlockers, type StepHint } from './step-hint';

export type { StepHint } from './step-hint';

/**
 * @summary The step bar under a lesson: Back, and the button that moves on, named for what it
 * does here ("Continue", "Finish the quick scan", "Finish the unit", "Back to …", the two path
 * choices), with the hint that says what is still missing, in a `role="status"` region.
 *
 * Continue stays focusable while answers are missing (`aria-disabled="true"`, described by the
 * hint once it shows), so the learner can activate it and hear why. The hint's questions are
 * links that move focus to the question; its lessons are lesson links.
 *
 * A part of hqc-unit: it draws into the unit's shadow root (no shadow root of its own); the
 * unit's `step-nav` CSS part is its bar.
 *
 * @event {CustomEvent<Record<string, never>>} hqc-continue - The learner activated the moving-on button (the unit checks what is missing).
 * @event {CustomEvent<{ type: 'step.back' } | { type: 'path.choose'; path: 'quick' | 'full' }>} hqc-flow - Back, or a path chosen.
 * @event {CustomEvent<{ id: string }>} hqc-navigate - "Back to …" on a reference lesson: the lesson to return to.
 */
export default class HqcStepNav extends UnitPart {
  static properties = {
    course: { attribute: false },
    context: { attribute: false },
    lesson: { attribute: false },
    canGoBack: { attribute: 'can-go-back', type: Boolean },
    hint: { attribute: false },
  };

  /** The compiled course. */
  declare course: Course;
  /** The flow's context: answers, path, pages, where a reference lesson returns to. */
  declare context: FlowContext;
  /** The lesson the bar is under. */
  declare lesson: Lesson;
  /** Whether the flow takes Back here. */
  declare canGoBack: boolean;
  /** The hint to show, or null (the region stays, empty, so a new hint is read out). */
  declare hint: StepHint | null;

  constructor() {
    super();
    this.canGoBack = false;
    this.hint = null;
  }

  render() {
    const { course, context: ctx, lesson } = this;
    if (!course || !ctx || !lesson) return nothing;
    const blocked = continueBlockers(course, lesson, ctx) !== null;
    const back = this.canGoBack ? html`<button type="button" class="button" @click=${() => emit(this, 'hqc-flow', { type: 'step.back' })}>Back</button>` : null;
    const primary = (label: string) => html`
      <button
        type="button"
        class="button button--primary"
        id="continue"
        aria-disabled=${blocked ? 'true' : nothing}
        aria-describedby=${this.hint ? 'step-hint' : nothing}
        @click=${() => emit(this, 'hqc-continue', {})}
      >
        ${label}
      </button>
    `;
    const choose = (label: string, path: 'quick' | 'full', primaryStyle = false) => html`
      <button type="button" class=${primaryStyle ? 'button button--primary' : 'button'} @click=${() => emit(this, 'hqc-flow', { type: 'path.choose', path })}>
        ${label}
      </button>
    `;
    let actions: unknown;
    // Before the last page, the primary button turns the page, whatever the lesson ends with.
    const lastPage = pageOf(lesson, ctx) === pageCount(lesson) - 1;
    switch (lastPage ? lesson.kind : 'lesson') {
      case 'path':
        actions =
          recommendedPath(course, ctx) === 'quick'
            ? html`${choose('Scan the summary and finish', 'quick', true)} ${choose('Take the full unit', 'full')}`
            : primary('Continue');
        break;
      case 'quick-scan':
        actions = html`${primary('Finish the quick scan')} ${choose('Take the full unit instead', 'full')}`;
        break;
      case 'closing':
        actions = primary('Finish the unit');
        break;
      case 'reference': {
        const to = lessonById(course, ctx.returnTo ?? '') ?? course.lessons[0];
        actions = html`<button type="button" class="button button--primary" @click=${() => emit(this, 'hqc-navigate', { id: to.id })}>Back to ${to.title}</button>`;
        break;
      }
      default:
        actions = primary('Continue');
    }
    return html`
      <div class="step-nav" part="step-nav">${back} <span class="spacer"></span> ${actions}</div>
      ${this.renderHint()}
    `;
  }

  private renderHint() {
    const hint = this.hint;
    return html`
      <div id="step-hint" class=${hint ? 'hint hint--shown' : 'hint'} role="status">
        ${hint
          ? html`<p>${hint.intro}</p>
              ${hint.items.length
                ? html`<ul>
                    ${hint.items.map((item) =>
                      item.questionId
                        ? html`<li><a href=${`#q-${item.questionId}`} @click=${(e: Event) => this.focusQuestion(e, item.questionId!)}>${item.label}</a></li>`
                        : item.panel
                          ? html`<li><a href="#" @click=${(e: Event) => this.showPanel(e, item.panel!.key, item.panel!.index)}>${item.label}</a></li>`
                          : html`<li><a href=${`#lesson-${item.lessonId}`} data-lesson=${item.lessonId!}>${item.label}</a></li>`,
                    )}
                  </ul>`
                : null}`
          : null}
      </div>
    `;
  }

  /** A "still to open" link: shows that panel, with focus on its tab or section button. */
  private showPanel(e: Event, key: string, index: number) {
    e.preventDefault();
    (this.getRootNode() as ParentNode).querySelector<HTMLElement & { showPanel(i: number): void }>(`[data-panels="${CSS.escape(key)}"]`)?.showPanel(index);
  }

  private focusQuestion(e: Event, id: string) {
    e.preventDefault();
    (this.getRootNode() as ParentNode).querySelector<HTMLElement>(`#q-${CSS.escape(id)}`)?.focus();
  }
}
