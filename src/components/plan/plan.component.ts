import { LitElement, html } from 'lit';
import type { Course } from '../../course/types';
import { PLAN_FILE_NAME, actionTitle, planCalendar, planMarkdown, planOf } from './plan-export';
import { pad } from '../../pad';
import styles from './plan.styles';

/**
 * @summary "My plan": what the learner wrote in the unit's prompts, the prompts they left for
 * later, and the challenge actions they adopted, with downloads: the whole plan as Markdown
 * ("Download my plan"), and the adopted actions as an iCalendar file, one all-day reminder a
 * week from a start date the learner picks. The learner's own text is always shown as text.
 * Prints cleanly (buttons hidden).
 *
 * @csspart notes - The learner's notes.
 * @csspart later - Prompts the learner left empty for later, when they wrote others in the same lesson.
 * @csspart actions - The list of adopted actions.
 * @csspart earlier - What the learner wrote for questions an earlier version of the unit had.
 * @csspart downloads - The download buttons and the start date.
 *
 * @cssproperty --hqc-brand - Colour of the buttons.
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-muted-text-color - Secondary text (dates, empty plan) (default: --hqc-ink-soft, #4b4b4b).
 * @cssproperty --hqc-panel-background - Tinted panels: a button under the pointer; must differ from the page background (default: --hqc-tint, #f3f6f8).
 * @cssproperty --hqc-control-background - Background of the buttons and the date field (default: --hqc-paper, #ffffff).
 * @cssproperty --hqc-border-color - Borders of the date field and the list (default: --hqc-grey, #767676).
 * @cssproperty --hqc-focus-color - The focus ring (default: --hqc-brand).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcPlan extends LitElement {
  static styles = styles;
  static properties = {
    course: { attribute: false },
    answers: { attribute: false },
    earlier: { attribute: false },
    startDate: { attribute: 'start-date' },
    dateError: { state: true },
  };

  /** The compiled course: reflection labels and challenge actions for the plan. */
  declare course: Course;
  /** The flow's answers by block id. */
  declare answers: Record<string, string>;
  /** What the learner wrote for questions an earlier version of the unit had, by old id. */
  declare earlier: Record<string, string>;
  /** The date of the first adopted week in the calendar file (YYYY-MM-DD); defaults to next Monday. */
  declare startDate: string;
  declare private dateError: string;

  constructor() {
    super();
    this.answers = {};
    this.earlier = {};
    this.startDate = nextMonday(new Date());
    this.dateError = '';
  }

  /**
   * Hands a file to the browser as a download. Separate so a host page (or a test) can
   * replace it, for instance where an LMS player blocks downloads from its frame.
   */
  download(fileName: string, type: string, content: string): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private downloadMarkdown() {
    this.download(`${PLAN_FILE_NAME}.md`, 'text/markdown;charset=utf-8', planMarkdown(this.course, this.answers));
  }

  private downloadCalendar() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#start-date');
    const value = input?.value ?? this.startDate;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.dateError = 'Choose the date your first week starts, then download again.';
      input?.focus();
      return;
    }
    this.dateError = '';
    this.startDate = value;
    this.download(`${PLAN_FILE_NAME}.ics`, 'text/calendar;charset=utf-8', planCalendar(this.course, this.answers, value, new Date()));
  }

  render() {
    if (!this.course) return null;
    const { notes, actions, later } = planOf(this.course, this.answers);
    return html`
      <section class="section" part="notes" aria-labelledby="notes-title">
        <h2 id="notes-title">What I wrote</h2>
        ${notes.length
          ? notes.map(
              (n) => html`
                <h3>${n.block.label}</h3>
                <p class="note">${n.text}</p>
              `,
            )
          : html`<p class="empty">Nothing written yet. What you write in the text boxes of the full unit appears here.</p>`}
      </section>
      ${Object.keys(this.earlier ?? {}).length
        ? html`<section class="section" part="earlier" aria-labelledby="earlier-title">
            <h2 id="earlier-title">From an earlier version</h2>
            <p>The unit has changed since you wrote these, so they no longer belong to a question. They stay yours.</p>
            ${Object.values(this.earlier).map((text) => html`<p class="note">${text}</p>`)}
          </section>`
        : null}

      ${later.length
        ? html`<section class="section" part="later" aria-labelledby="later-title">
            <h2 id="later-title">To write later</h2>
            <p>You left these empty. Come back to them when you are ready, for example after a conversation.</p>
            <ul class="actions">
              ${later.map((b) => html`<li>${b.label}</li>`)}
            </ul>
          </section>`
        : null}

      <section class="section" part="actions" aria-labelledby="actions-title">
        <h2 id="actions-title">My challenge actions</h2>
        ${actions.length
          ? html`<ul class="actions">
              ${actions.map((a) => html`<li>${actionTitle(a)}</li>`)}
            </ul>`
          : html`<p class="empty">No actions adopted yet. Challenge actions you adopt in the full unit appear here.</p>`}
      </section>

      <section class="section downloads" part="downloads" aria-labelledby="downloads-title">
        <h2 id="downloads-title">Keep a copy</h2>
        <p>Your plan is saved with your progress. To keep your own copy, download it or print this page.</p>
        <div class="buttons">
          <button type="button" class="button button--primary" @click=${this.downloadMarkdown}>Download my plan</button>
          <button type="button" class="button" @click=${() => window.print()}>Print my plan</button>
        </div>
        ${actions.length
          ? html`
              <div class="calendar">
                <label for="start-date">Start date for week ${actions[0].week}</label>
                <p id="start-date-hint" class="hint">Each later action goes one week after the one before it.</p>
                <input
                  id="start-date"
                  type="date"
                  .value=${this.startDate}
                  aria-describedby="start-date-hint start-date-error"
                  aria-invalid=${this.dateError ? 'true' : 'false'}
                  @change=${(e: Event) => (this.startDate = (e.target as HTMLInputElement).value)}
                />
                <p id="start-date-error" class="error" role="alert">${this.dateError}</p>
                <button type="button" class="button" @click=${this.downloadCalendar}>Download calendar file (.ics)</button>
              </div>
            `
          : null}
      </section>
    `;
  }
}

/** The coming Monday (never today), as YYYY-MM-DD in local time. */
export function nextMonday(today: Date): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
