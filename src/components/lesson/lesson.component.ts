import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { READING_RATE, type Block, type Course, type Lesson } from '../../course/types';
import { currentSequence, noCount, pageBlocks, pageCount, pageOf, panelsKey, recommendedPath, sequence, yesNoIds, type FlowContext } from '../../flow/progress';
import { emit, type HqcPanelSeenEvent } from '../events';
import type { StepHint } from '../step-nav/step-hint';
import { UnitPart } from '../unit-part';

/**
 * @summary One page of a lesson: its title as the step's `<h1>` (described by the page and
 * the reading time), the page's blocks (prose, questions, tabs, accordions, cards; on the path
 * lesson, the outcome the answers recommend, with why), and the step bar under them.
 *
 * Questions are drawn as `<hqc-yes-no>`, `<hqc-choice>`, `<hqc-reflection>`, `<hqc-challenge>`
 * with the id `q-<question id>`, so the hint's links can move focus to them. An optional lesson
 * offers "Skip this optional lesson". A part of hqc-unit: it draws into the unit's shadow root
 * (no shadow root of its own); the unit gives it the flow's context and the hint.
 *
 * @event {CustomEvent<{ id: string }>} hqc-navigate - "Skip this optional lesson": the lesson after this one on the learner's path.
 * @event {CustomEvent<{ type: 'panel.seen'; key: string; index: number }>} hqc-flow - A panel of a `view-all` tabs or accordion block was shown; the unit sends it to the flow, which keeps it (Continue waits until every panel is seen).
 */
export default class HqcLesson extends UnitPart {
  static properties = {
    course: { attribute: false },
    context: { attribute: false },
    lesson: { attribute: false },
    canGoBack: { attribute: 'can-go-back', type: Boolean },
    hint: { attribute: false },
  };

  /** The compiled course (for the path lesson's outcome and the first lesson's whole-unit reading time). */
  declare course: Course;
  /** The flow's context: answers, path, the page each lesson is open at, the attempt's seed. */
  declare context: FlowContext;
  /** The lesson to draw, at its current page. */
  declare lesson: Lesson;
  /** Whether the flow takes Back here (for the step bar). */
  declare canGoBack: boolean;
  /** The step bar's hint, or null. */
  declare hint: StepHint | null;

  constructor() {
    super();
    this.canGoBack = false;
    this.hint = null;
  }

  render() {
    const { lesson, context: ctx } = this;
    if (!this.course || !ctx || !lesson) return nothing;
    let outcomeShown = false;
    const page = pageOf(lesson, ctx);
    const pages = pageCount(lesson);
    const blocks = pageBlocks(lesson, page).map((block) => {
      if (block.type !== 'outcome') return this.renderBlock(block, ctx);
      // The path lesson holds one outcome per path: show the recommended one, once, explained.
      if (outcomeShown || block.path !== recommendedPath(this.course, ctx)) return null;
      outcomeShown = true;
      return this.renderOutcome(block.html, ctx);
    });
    return html`
      <article class="lesson" aria-labelledby="step-title">
        <h1 id="step-title" tabindex="-1" aria-describedby="step-about">${lesson.title}</h1>
        <p class="about" id="step-about">${pages > 1 ? `Page ${page + 1} of ${pages}. ` : ''}${this.readingTime(lesson, page)}</p>
        ${lesson.pending ? html`<p class="loading" role="status">Loading this lesson…</p>` : nothing}
        ${lesson.optional && lesson.kind === 'lesson'
          ? html`<p class="optional-note">
              This lesson is optional.
              <button type="button" class="button" @click=${() => this.skip(lesson)}>Skip this optional lesson</button>
            </p>`
          : nothing}
        ${blocks}
        <hqc-step-nav .course=${this.course} .context=${ctx} .lesson=${lesson} ?can-go-back=${this.canGoBack} .hint=${this.hint}></hqc-step-nav>
      </article>
    `;
  }

  /**
   * "About 3 minutes to read", for the page (or the lesson); on the unit's first step, also the
   * whole unit's time, so the learner can plan. Times come from the words at READING_RATE.
   */
  private readingTime(lesson: Lesson, page: number): string {
    const minutes = (n: number) => `about ${n} minute${n === 1 ? '' : 's'}`;
    const here = lesson.pages?.[page]?.minutes ?? lesson.minutes;
    const own = here ? `Reading time ${minutes(here)}${pageCount(lesson) > 1 ? ' for this page' : ''}.` : '';
    if (lesson !== this.course.lessons[0]) return own;
    const full = sequence(this.course, 'full').reduce((n, l) => n + (l.minutes ?? 0), 0);
    const quick = sequence(this.course, 'quick').reduce((n, l) => n + (l.minutes ?? 0), 0);
    return `${own} The full unit takes ${minutes(full)} to read (at ${READING_RATE} words a minute); the quick scan ${minutes(quick)}.`;
  }

  /** "Skip this optional lesson": straight to the lesson after it, whatever page this one is at. */
  private skip(lesson: Lesson) {
    const seq = currentSequence(this.course, this.context);
    const next = seq[seq.findIndex((l) => l.id === lesson.id) + 1];
    if (next) emit(this, 'hqc-navigate', { id: next.id });
  }

  private renderBlock(block: Block, ctx: FlowContext) {
    const value = (id: string) => ctx.answers[id] ?? '';
    switch (block.type) {
      case 'html':
        return html`<div class="prose">${unsafeHTML(block.html)}</div>`;
      case 'yes-no':
        return html`<hqc-yes-no id=${`q-${block.id}`} .block=${block} .value=${value(block.id)}></hqc-yes-no>`;
      case 'choice':
        return html`<hqc-choice id=${`q-${block.id}`} .block=${block} .value=${value(block.id)} .seed=${ctx.seed ?? 0}></hqc-choice>`;
      case 'reflection':
        return html`<hqc-reflection id=${`q-${block.id}`} .block=${block} .value=${value(block.id)}></hqc-reflection>`;
      case 'challenge':
        return html`<hqc-challenge id=${`q-${block.id}`} .block=${block} .value=${value(block.id)}></hqc-challenge>`;
      // Defined by the chunk that follows the first screen (src/lesson-bodies.ts).
      case 'panels': {
        // A view-all block tags each panel shown with its key; the unit sends it to the flow,
        // which keeps them (and Continue waits until every one is seen).
        const key = block.viewAll ? panelsKey(this.lesson, block) : '';
        const seen = ctx.seen?.[key] ?? 0;
        const onSeen = (e: HqcPanelSeenEvent) => {
          if (key) emit(this, 'hqc-flow', { type: 'panel.seen', key, index: e.detail.index });
        };
        return block.style === 'tabs'
          ? html`<hqc-tabs .block=${block} .seen=${seen} data-panels=${key || nothing} @hqc-panel-seen=${onSeen}></hqc-tabs>`
          : block.style === 'accordion'
            ? html`<hqc-accordion .block=${block} .seen=${seen} data-panels=${key || nothing} @hqc-panel-seen=${onSeen}></hqc-accordion>`
            : html`<hqc-cards .block=${block}></hqc-cards>`;
      }
      default:
        return null;
    }
  }

  private renderOutcome(outcomeHtml: string, ctx: FlowContext) {
    // Worded from the unit's own rule (course.yaml's pathDecision), whatever it counts.
    const ids = yesNoIds(this.course);
    const total = ids.length;
    const rule = this.course.pathDecision;
    const counting = rule.counting === 'no' ? 'No' : 'Yes';
    const counted = rule.counting === 'no' ? noCount(this.course, ctx) : ids.filter((id) => ctx.answers[id] === 'yes').length;
    const allAnswered = ids.every((id) => ctx.answers[id] === 'yes' || ctx.answers[id] === 'no');
    const why =
      counted === 0 && allAnswered
        ? `You answered ${counting === 'No' ? 'Yes' : 'No'} to all ${total} questions.`
        : counted > 0
          ? `You answered ${counting} to ${counted} of the ${total} questions.`
          : `You did not answer all ${total} questions, so the ${recommendedPath(this.course, ctx) === 'full' ? 'full unit' : 'quick scan'} is suggested.`;
    return html`
      <section class="outcome" aria-labelledby="outcome-title">
        <h2 id="outcome-title">Your answers</h2>
        <p>${why}</p>
        <div class="prose">${unsafeHTML(outcomeHtml)}</div>
      </section>
    `;
  }
}
