import { LitElement, html, nothing } from 'lit';
import type { Course, Lesson } from '../../course/types';
import { currentSequence, lockState, missing, type FlowContext } from '../../flow/progress';
import { emit } from '../events';
import styles from './menu.styles';

type EntryState = 'current' | 'done' | 'started' | 'open' | 'locked' | 'reference';

interface Entry {
  lesson: Lesson;
  state: EntryState;
  /** What the learner reads about the entry's state ("Done", "Locked: finish X first"). */
  label: string;
}

/**
 * @summary The list of lessons: the current path, the reference lessons, and once the unit is
 * complete every lesson. Each entry says in words where the learner stands with it (done,
 * started, you are here). Lessons not open yet are one line of plain text each, not buttons,
 * and one note above the list says which lesson opens the next ones.
 *
 * @event {CustomEvent<{ id: string }>} hqc-navigate - The learner chose an open lesson.
 * @event {CustomEvent<Record<string, never>>} hqc-close - The learner pressed Escape inside the menu.
 *
 * @csspart nav - The navigation landmark.
 * @csspart entry - Each lesson's button.
 *
 * @cssproperty --hqc-brand - Colour of the entries' titles and the current entry's border.
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-muted-text-color - Secondary text (summaries, locked entries) (default: --hqc-ink-soft, #4b4b4b).
 * @cssproperty --hqc-panel-background - Tinted panels: an entry under the pointer, the current entry; must differ from the page background (default: --hqc-tint, #f3f6f8).
 * @cssproperty --hqc-control-background - Background of the entries (default: --hqc-paper, #ffffff).
 * @cssproperty --hqc-border-color - Borders of the entries (default: --hqc-grey, #767676).
 * @cssproperty --hqc-focus-color - The focus ring (default: --hqc-brand).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcMenu extends LitElement {
  static styles = styles;
  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static properties = {
    course: { attribute: false },
    context: { attribute: false },
    current: {},
  };

  /** The compiled course whose lessons the menu lists. */
  declare course: Course;
  /** The flow's context: path, answers, visited lessons, completion. */
  declare context: FlowContext;
  /** The step the learner is on: a lesson id, "complete" or "plan". */
  declare current: string;

  constructor() {
    super();
    this.current = '';
  }

  /** Moves focus to the entry of the current lesson, or the first entry. */
  focusEntry(): void {
    const target =
      this.renderRoot.querySelector<HTMLButtonElement>('button[aria-current="step"]') ??
      this.renderRoot.querySelector<HTMLButtonElement>('button');
    target?.focus();
  }

  private entry(lesson: Lesson): Entry {
    const ctx = this.context;
    if (lesson.id === this.current) return { lesson, state: 'current', label: 'You are here' };
    if (lesson.kind === 'reference') return { lesson, state: 'reference', label: ctx.visited.includes(lesson.id) ? 'Read' : 'Open at any time' };
    const lock = lockState(this.course, ctx, lesson.id);
    if (!lock.open) {
      return { lesson, state: 'locked', label: 'Locked' };
    }
    if (ctx.visited.includes(lesson.id)) {
      const left = missing(lesson, ctx).length;
      return left === 0
        ? { lesson, state: 'done', label: 'Done' }
        : { lesson, state: 'started', label: `Started: ${left} ${left === 1 ? 'answer' : 'answers'} to give` };
    }
    return { lesson, state: 'open', label: 'Not started' };
  }

  private choose(entry: Entry) {
    emit(this, 'hqc-navigate', { id: entry.lesson.id });
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    emit(this, 'hqc-close', {});
  }

  private renderEntry(entry: Entry) {
    const { lesson, state, label } = entry;
    if (state === 'locked') {
      return html`<li class="entry entry--locked" data-id=${lesson.id}><span class="title">${lesson.title}</span> <span class="state">${label}</span></li>`;
    }
    const mark = { current: '→', done: '✓', started: '…', open: '', locked: '', reference: '' }[state];
    return html`
      <li class=${`entry entry--${state}`}>
        <button
          type="button"
          part="entry"
          data-id=${lesson.id}
          aria-current=${state === 'current' ? 'step' : nothing}
          aria-describedby=${`summary-${lesson.id}`}
          @click=${() => this.choose(entry)}
        >
          <span class="title">${lesson.title}</span>
          <span class="state">${mark ? html`<span class="mark" aria-hidden="true">${mark}</span> ` : null}${label}</span>
          <span class="summary" id=${`summary-${lesson.id}`} aria-hidden="true">${lesson.summary}</span>
        </button>
      </li>
    `;
  }

  render() {
    if (!this.course || !this.context) return null;
    const path = currentSequence(this.course, this.context);
    const others = this.context.completed
      ? this.course.lessons.filter((l) => l.kind !== 'reference' && !path.includes(l))
      : [];
    const references = this.course.lessons.filter((l) => l.kind === 'reference');
    const group = (id: string, title: string, lessons: Lesson[], ordered: boolean) => {
      if (!lessons.length) return null;
      const entries = lessons.map((l) => this.entry(l));
      const items = entries.map((e) => this.renderEntry(e));
      // Why lessons are locked, said once for all of them.
      const firstLocked = entries.find((e) => e.state === 'locked');
      const opener = firstLocked && lockState(this.course, this.context, firstLocked.lesson.id).blockedBy;
      return html`
        <p class="group-title" id=${id}>${title}</p>
        ${opener ? html`<p class="locked-note">Lessons open in order: finish “${opener.title}” to open the next one.</p>` : null}
        ${ordered ? html`<ol aria-labelledby=${id}>${items}</ol>` : html`<ul aria-labelledby=${id}>${items}</ul>`}
      `;
    };
    return html`
      <nav part="nav" aria-label="Lessons" @keydown=${this.onKeydown}>
        ${group('group-path', this.context.path === 'quick' ? 'Your path: quick scan' : 'Your path', path, true)}
        ${group('group-others', 'Also in this unit', others, false)} ${group('group-reference', 'Reference', references, false)}
      </nav>
    `;
  }
}
