import { html, nothing } from 'lit';
import type { Course } from '../../course/types';
import { sequence, type FlowContext } from '../../flow/progress';
import type { SaveStatus } from '../../flow/save-status';
import { emit } from '../events';
import { actionTitle, planOf } from '../plan/plan-export';
import { UnitPart } from '../unit-part';

/**
 * @summary The end screen ("Unit complete"): what the learner did, what their plan holds, the
 * unit they could take next, and how to leave the activity, with "Review the lessons" and
 * "See my plan". In the page's flow (nothing fixed or clipped), so a 500 px frame scrolls.
 *
 * Whether the LMS has the completion is said in words that match the save status. A part of
 * hqc-unit: it draws into the unit's shadow root (no shadow root of its own), so "Review the
 * lessons" controls the unit's menu drawer (`aria-controls="menu-panel"`).
 *
 * @event {CustomEvent<{ open: boolean; focusEntry: boolean }>} hqc-menu-toggle - "Review the lessons": open the menu and move focus into it.
 * @event {CustomEvent<{ type: 'nav.plan' }>} hqc-flow - "See my plan".
 */
export default class HqcEndScreen extends UnitPart {
  static properties = {
    course: { attribute: false },
    context: { attribute: false },
    saveStatus: { attribute: false },
    menuOpen: { attribute: 'menu-open', type: Boolean },
  };

  /** The compiled course: its title, lessons and the next unit. */
  declare course: Course;
  /** The flow's context: path, answers, visited lessons. */
  declare context: FlowContext;
  /** The LMS session's save status, or null before there is one. */
  declare saveStatus: SaveStatus | null;
  /** Whether the lesson menu's drawer is open ("Review the lessons"' aria-expanded). */
  declare menuOpen: boolean;

  constructor() {
    super();
    this.saveStatus = null;
    this.menuOpen = false;
  }

  /** Whether the LMS has the learner's completion, in words that match the save status. */
  private recordedSentence(): string {
    switch (this.saveStatus?.kind) {
      case 'local':
        return 'Your progress is kept in this browser only.';
      case 'not-kept':
        return 'Your progress could not be kept: download your plan to keep a copy.';
      case 'other-tab':
        return 'This unit is open in another tab, which records your progress.';
      case 'too-long':
        return 'Your completion is recorded; your notes are longer than the learning system keeps, so keep a copy from your plan.';
      case 'saved':
        return 'Your progress is recorded.';
      default:
        // retrying, unsaved, saving, or no status yet
        return 'Your progress is being saved.';
    }
  }

  render() {
    const { course, context: ctx } = this;
    if (!course || !ctx) return nothing;
    const { notes, actions, later } = planOf(course, ctx.answers);
    const { title, nextUnit } = course;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const path = sequence(course, ctx.path ?? 'full');
    const lessons = path.filter((l) => ctx.visited.includes(l.id)).length;
    const answered = path.flatMap((l) => l.blocks).filter((b) => (b.type === 'choice' || b.type === 'yes-no') && ctx.answers[b.id]).length;
    const hasPlan = notes.length > 0 || actions.length > 0;
    return html`
      <article class="lesson complete" aria-labelledby="step-title">
        <h1 id="step-title" tabindex="-1">Unit complete</h1>
        <p class="lead">
          You have finished “${title}”${ctx.path === 'quick' ? ' with the quick scan' : ''}. ${this.recordedSentence()}
        </p>
        <section class="done" aria-labelledby="did-title">
          <h2 id="did-title">What you did</h2>
          <p>You worked through ${count(lessons, 'lesson', 'lessons')} and answered ${count(answered, 'question', 'questions')}${notes.length ? `, and wrote ${count(notes.length, 'note', 'notes')}` : ''}.</p>
        </section>
        <section class="done" aria-labelledby="plan-title">
          <h2 id="plan-title">Your plan</h2>
          ${hasPlan
            ? html`<p>Your plan holds ${count(notes.length, 'note', 'notes')} and ${count(actions.length, 'challenge action', 'challenge actions')}.</p>
                ${actions.length ? html`<ul>${actions.map((a) => html`<li>${actionTitle(a)}</li>`)}</ul>` : nothing}
                ${later.length ? html`<p>Still to write after your conversations: ${later.map((b) => b.label).join('; ')}.</p>` : nothing}`
            : html`<p>Your plan is empty: you can still open the lessons and add to it.</p>`}
        </section>
        <section class="next" aria-labelledby="next-title">
          <h2 id="next-title">A unit you could take next: ${nextUnit.title}</h2>
          <p>${nextUnit.description}</p>
        </section>
        <section class="done" aria-labelledby="leave-title">
          <h2 id="leave-title">Leaving the activity</h2>
          <p>
            ${this.saveStatus?.kind === 'not-kept'
              ? 'Before you leave, open My plan and download it: this browser cannot keep your work. Then close this window or go back to your course page.'
              : 'You can close this window or go back to your course page now. You can come back at any time: your plan and your answers stay here.'}
          </p>
        </section>
        <div class="step-nav" part="step-nav">
          <button
            type="button"
            class="button"
            aria-controls="menu-panel"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            @click=${() => emit(this, 'hqc-menu-toggle', { open: true, focusEntry: true })}
          >
            Review the lessons
          </button>
          ${hasPlan ? html`<button type="button" class="button button--primary" @click=${() => emit(this, 'hqc-flow', { type: 'nav.plan' })}>See my plan</button>` : nothing}
        </div>
      </article>
    `;
  }
}
