import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Actor } from 'xstate';
import { READING_RATE, type Block, type Course, type InteractiveBlock, type Lesson, type PanelsBlock } from '../../course/types';
import { COMPLETE, PLAN, currentStep, type FlowEvent, type FlowMachine, type FlowSnapshot } from '../../flow/machine';
import {
  currentSequence,
  incompleteLessons,
  lessonById,
  lockState,
  missing,
  missingOnPage,
  noCount,
  pageBlocks,
  pageCount,
  pageOf,
  panelsKey,
  progressMeasure,
  recommendedPath,
  selfAssessment,
  sequence,
  unseenPanels,
  yesNoIds,
  type FlowContext,
} from '../../flow/progress';
import type { SaveStatus } from '../../lms/session';
import { emit, type HqcAnswerEvent, type HqcNavigateEvent, type HqcPanelSeenEvent } from '../events';
import { isSeen, plainTitle } from '../view-all';
import { FlowController } from '../flow-controller';
import type HqcMenu from '../menu/menu.component';
import type HqcReflection from '../reflection/reflection.component';
import { actionTitle, planOf } from '../plan/plan-export';
import styles from './unit.styles';

/** A message from the app to the learner (resumed from the browser's copy, no LMS...). */
export interface UnitNotice {
  id: string;
  /** "info" is read politely; "warning" interrupts (role="alert"). */
  kind: 'info' | 'warning';
  text: string;
  /**
   * An optional button. Activating it emits hqc-notice-action with this `event`; when the event
   * is a flow event without a payload ("nav.plan", "step.continue", "step.back") and no
   * listener cancels hqc-notice-action, the unit also sends it to the flow.
   */
  action?: { label: string; event: string };
}

const NOTICE_FLOW_EVENTS = ['nav.plan', 'step.continue', 'step.back'] as const;
type NoticeFlowEvent = (typeof NOTICE_FLOW_EVENTS)[number];

/** What the step bar says when Continue cannot go on yet. */
interface Hint {
  /** "blockers" hints follow the answers; "message" hints stay until the step changes. */
  kind: 'blockers' | 'message';
  intro: string;
  /** Questions on this step (focus moves to them), panels still to open (shown), or lessons elsewhere (opened). */
  items: { label: string; questionId?: string; lessonId?: string; panel?: { key: string; index: number } }[];
}

/**
 * @summary The whole unit: a header (title, step and progress, lesson menu, "My plan", save
 * status), the app's notices, and the current step of the flow: a lesson with its blocks and
 * Back/Continue, the completion screen, or the learner's plan. It reads the flow actor's
 * snapshot and sends it events; it never talks to the LMS.
 *
 * On every step change the new step's `<h1>` receives focus, so keyboard and screen reader
 * users start at the top of the new content.
 *
 * @event {CustomEvent<{ id: string; event: string }>} hqc-notice-action - The learner activated a notice's action button
 * (cancelable: preventDefault() stops the unit from sending a flow event named by `event`).
 * @event {CustomEvent<{ id: string; value: string }>} hqc-answer - (from the question elements, bubbling through) an answer; the unit has already sent it to the flow as `answer.set`.
 *
 * @csspart base - The unit's wrapper.
 * @csspart header - The header bar.
 * @csspart menu - The lesson menu's panel.
 * @csspart notices - The notices.
 * @csspart main - The current step.
 * @csspart step-nav - The Back/Continue bar.
 *
 * @cssproperty --hqc-brand - Brand colour: buttons, links, focus ring (default #1f5a85).
 * @cssproperty --hqc-brand-contrast - Text on the brand colour (default #ffffff).
 * @cssproperty --hqc-font - Font family (default system-ui).
 */
export default class HqcUnit extends LitElement {
  static styles = styles;
  static properties = {
    course: { attribute: false },
    actor: { attribute: false },
    saveStatus: { attribute: false },
    earlierAnswers: { attribute: false },
    notices: { attribute: false },
    menuOpen: { state: true },
    hint: { state: true },
  };

  /** The compiled course the flow was built from. */
  declare course: Course;
  /** The running flow actor (`createActor(createFlowMachine(course)).start()`); the unit never starts or stops it. */
  declare actor: Actor<FlowMachine> | null;
  /** The LMS session's save status, or null before there is one. */
  declare saveStatus: SaveStatus | null;
  /** What the learner wrote for questions this version of the unit no longer has (shown in My plan). */
  declare earlierAnswers: Record<string, string>;
  /** Messages for the learner from the app (no LMS, recovered work, notes near the LMS's limit). */
  declare notices: UnitNotice[];
  declare private menuOpen: boolean;
  declare private hint: Hint | null;

  private flow: FlowController | null = null;
  /** The step last rendered; null before the first render. */
  private step: string | null = null;
  /** The page of that step last rendered. */
  private page = 0;
  /** The step "My plan" was opened from, for its Back button. */
  private stepBeforePlan: string | null = null;
  private focusHeading = false;

  constructor() {
    super();
    this.actor = null;
    this.saveStatus = null;
    this.earlierAnswers = {};
    this.notices = [];
    this.menuOpen = false;
    this.hint = null;
  }

  private get snapshot(): FlowSnapshot | null {
    return this.flow?.snapshot ?? null;
  }

  private get context(): FlowContext {
    return this.snapshot!.context;
  }

  private send(event: FlowEvent) {
    // Words typed in the last 300 ms are not sent yet; send them before the step can change.
    if (event.type !== 'answer.set') this.flushReflections();
    this.flow?.send(event);
  }

  private flushReflections() {
    // `flush?.`: a reflection drawn before its element's code has arrived holds nothing to send.
    this.renderRoot.querySelectorAll<HqcReflection>('hqc-reflection').forEach((r) => r.flush?.());
  }

  protected willUpdate(): void {
    if (this.actor) {
      if (!this.flow) this.flow = new FlowController(this, this.actor);
      else this.flow.actor = this.actor;
    }
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const step = currentStep(snapshot);
    const lesson = lessonById(this.course, step);
    const page = lesson ? pageOf(lesson, snapshot.context) : 0;
    if (step !== this.step || page !== this.page) {
      if (step === PLAN && step !== this.step) this.stepBeforePlan = this.step;
      // The first render is the page's own start; later changes move focus to the new heading.
      this.focusHeading = this.step !== null;
      this.step = step;
      this.page = page;
      this.hint = null;
      this.menuOpen = false;
    }
  }

  protected updated(): void {
    // The menu is a modal drawer over the lesson: the browser keeps focus in it and the lesson inert.
    const drawer = this.renderRoot.querySelector<HTMLDialogElement>('#menu-panel');
    if (drawer && this.menuOpen && !drawer.open) drawer.showModal();
    else if (drawer && !this.menuOpen && drawer.open) drawer.close();
    this.markClosedLessonLinks();
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  // ---- learner actions -------------------------------------------------------------------

  private onAnswer(e: HqcAnswerEvent) {
    this.send({ type: 'answer.set', id: e.detail.id, value: e.detail.value });
    this.refreshHint();
  }

  private onPanelSeen(key: string, e: HqcPanelSeenEvent) {
    this.flow?.send({ type: 'panel.seen', key, index: e.detail.index });
    this.refreshHint();
  }

  /** Answering (or opening) what the hint asked for: keep the hint honest. */
  private refreshHint() {
    if (this.hint?.kind === 'blockers' && this.step) {
      const lesson = lessonById(this.course, this.step);
      if (lesson) this.hint = this.blockers(lesson);
    }
  }

  private onNavigate(e: HqcNavigateEvent) {
    this.goto(e.detail.id);
  }

  /** Opens a lesson, or says why it is locked. */
  private goto(id: string) {
    const target = lessonById(this.course, id);
    if (!target) return;
    const lock = lockState(this.course, this.context, id);
    if (!lock.open) {
      this.announce({
        kind: 'message',
        intro: lock.blockedBy ? `“${target.title}” opens once you finish “${lock.blockedBy.title}”.` : `“${target.title}” is not on your path.`,
        items: [],
      });
      return;
    }
    this.menuOpen = false;
    this.send({ type: 'nav.goto', id });
  }

  private onContentClick(e: MouseEvent) {
    const link = e
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.dataset.lesson !== undefined);
    if (!link) return;
    e.preventDefault();
    this.goto(link.dataset.lesson!);
  }

  /**
   * Links in lesson text to lessons that are not open yet are not links: they lose their href
   * (an <a> without one is plain text to every browser and screen reader) until they open.
   */
  private markClosedLessonLinks() {
    if (!this.snapshot) return;
    for (const a of this.renderRoot.querySelectorAll<HTMLAnchorElement>('main a[data-lesson]')) {
      const id = a.dataset.lesson!;
      if (lockState(this.course, this.context, id).open) a.setAttribute('href', `#lesson-${id}`);
      else a.removeAttribute('href');
    }
  }

  /** The drawer closed itself (Escape): keep the state in step. */
  private onDrawerClose() {
    if (this.menuOpen) this.closeMenu();
  }

  /** A click on the drawer's backdrop (outside its box) closes it. */
  private onDrawerClick(e: MouseEvent) {
    const drawer = e.currentTarget as HTMLDialogElement;
    if (e.target !== drawer) return;
    const r = drawer.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.closeMenu();
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.menuOpen) this.closeMenu();
  }

  private toggleMenu() {
    this.menuOpen = !this.menuOpen;
  }

  private async closeMenu() {
    this.menuOpen = false;
    // Focus can return to the Menu button only once the modal drawer is closed.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#menu-button')?.focus();
  }

  /** "Review the lessons": opens the menu and moves into it, since it sits far above. */
  private async reviewLessons() {
    this.menuOpen = true;
    await this.updateComplete;
    const menu = this.renderRoot.querySelector<HqcMenu>('hqc-menu');
    await menu?.updateComplete;
    menu?.focusEntry();
  }

  private noticeAction(id: string, event: string) {
    const proceed = emit(this, 'hqc-notice-action', { id, event });
    if (proceed && (NOTICE_FLOW_EVENTS as readonly string[]).includes(event)) this.send({ type: event as NoticeFlowEvent });
  }

  private continue(lesson: Lesson, event: FlowEvent = { type: 'step.continue' }) {
    this.flushReflections();
    const hint = this.blockers(lesson);
    if (hint) {
      this.announce(hint);
      return;
    }
    const page = pageOf(lesson, this.context);
    this.send(event);
    // Turning a page is moving on too; only a refusal leaves both the step and the page as they were.
    if (this.snapshot && currentStep(this.snapshot) === lesson.id && pageOf(lesson, this.context) === page) {
      // The flow refused for a reason the rules above do not name (a course-specific completion list).
      this.announce({ kind: 'message', intro: 'This step cannot be finished yet. Open the menu to see which lessons are still to do.', items: [] });
    }
  }

  /** What stops Continue on this lesson, from the flow's own rules; null when nothing does. */
  private blockers(lesson: Lesson): Hint | null {
    const ctx = this.context;
    const page = pageOf(lesson, ctx);
    // Before the last page, only this page's questions stop "next page".
    const questions = page < pageCount(lesson) - 1 ? missingOnPage(lesson, ctx, page) : missing(lesson, ctx);
    if (questions.length) {
      return { kind: 'blockers', intro: 'To continue, answer:', items: questions.map((b) => ({ label: questionLabel(b), questionId: b.id })) };
    }
    const panels = unseenPanels(lesson, ctx, page < pageCount(lesson) - 1 ? page : undefined);
    if (panels.length) {
      // "Open every tab to continue: 1 of 3 seen. Still to open:" and a link to each panel left.
      const noun = (p: PanelsBlock) => (p.style === 'tabs' ? 'tab' : 'section');
      const intro =
        panels.length === 1
          ? `Open every ${noun(panels[0].block)} to continue: ${panels[0].seen} of ${panels[0].total} seen. Still to open:`
          : `Open every tab and section on this page to continue. Still to open:`;
      const items = panels.flatMap(({ block, key }) =>
        block.panels.flatMap((p, index) => (isSeen(ctx.seen?.[key] ?? 0, index) ? [] : [{ label: plainTitle(p.title), panel: { key, index } }])),
      );
      return { kind: 'blockers', intro, items };
    }
    if (lesson.kind === 'closing') {
      const lessons = incompleteLessons(this.course, ctx, 'full');
      if (lessons.length) return { kind: 'blockers', intro: 'To finish the unit, complete:', items: lessons.map((l) => ({ label: l.title, lessonId: l.id })) };
    }
    return null;
  }

  /** Shows a hint in the step bar's live region; cleared first so a repeat is read out again. */
  private async announce(hint: Hint) {
    this.hint = null;
    await this.updateComplete;
    this.hint = hint;
    await this.updateComplete;
    this.renderRoot.querySelector('#step-hint')?.scrollIntoView({ block: 'nearest' });
  }

  /** A "still to open" link: shows that panel, with focus on its tab or section button. */
  private showPanel(e: Event, key: string, index: number) {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement & { showPanel(i: number): void }>(`[data-panels="${CSS.escape(key)}"]`)?.showPanel(index);
  }

  private focusQuestion(e: Event, id: string) {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`)?.focus();
  }

  // ---- rendering ------------------------------------------------------------------------

  render() {
    const snapshot = this.snapshot;
    if (!this.course || !this.actor || !snapshot) return null;
    const step = currentStep(snapshot);
    const ctx = snapshot.context;
    return html`
      <div class="unit" part="base" @keydown=${this.onKeydown} @hqc-answer=${this.onAnswer} @hqc-navigate=${this.onNavigate} @hqc-close=${this.closeMenu}>
        ${this.renderHeader(step, ctx)}
        <dialog id="menu-panel" class="menu-panel" part="menu" aria-labelledby="menu-title" @close=${this.onDrawerClose} @click=${this.onDrawerClick}>
          <div class="menu-head">
            <p id="menu-title" class="menu-title">Lessons</p>
            <button type="button" class="button" @click=${this.closeMenu}>Close</button>
          </div>
          <hqc-menu .course=${this.course} .context=${ctx} .current=${step}></hqc-menu>
        </dialog>
        ${this.renderNotices()}
        <main class="main" part="main" @click=${this.onContentClick}>${keyed(`${step}#${this.page}`, this.renderStep(step, ctx))}</main>
      </div>
    `;
  }

  private renderHeader(step: string, ctx: FlowContext) {
    const pct = Math.round(progressMeasure(this.course, ctx) * 100);
    return html`
      <header class="header" part="header">
        <p class="course-title">${this.course.title}</p>
        <div class="progress">
          <span class="step-text">${this.stepText(step, ctx)}</span>
          <progress max="100" .value=${pct} aria-label="Unit progress" aria-valuetext=${`${pct}% done`}></progress>
        </div>
        <div class="tools">
          <button id="menu-button" type="button" class="button" aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="menu-panel" @click=${this.toggleMenu}>
            Menu
          </button>
          <button type="button" class="button" aria-current=${step === PLAN ? 'page' : nothing} @click=${() => this.send({ type: 'nav.plan' })}>My plan</button>
        </div>
        <hqc-save-status class="save-status" .status=${this.saveStatus}></hqc-save-status>
      </header>
    `;
  }

  private stepText(step: string, ctx: FlowContext): string {
    if (step === COMPLETE) return 'Unit complete';
    if (step === PLAN) return 'My plan';
    const lesson = lessonById(this.course, step);
    if (lesson?.kind === 'reference') return 'Reference';
    // Before the path is chosen, count along the path the answers recommend (once they are all in).
    const answered = missing(selfAssessment(this.course), ctx).length === 0;
    const seq = ctx.path || !answered ? currentSequence(this.course, ctx) : sequence(this.course, recommendedPath(this.course, ctx));
    const index = seq.findIndex((l) => l.id === step);
    const pages = lesson ? pageCount(lesson) : 1;
    const page = pages > 1 ? `, page ${pageOf(lesson!, ctx) + 1} of ${pages}` : '';
    return index === -1 ? `Extra lesson${page}` : `Step ${index + 1} of ${seq.length}${page}`;
  }

  private renderNotices() {
    const notice = (n: UnitNotice) => html`
      <div class=${`notice notice--${n.kind}`}>
        <p>${n.text}</p>
        ${n.action
          ? html`<button type="button" class="button" @click=${() => this.noticeAction(n.id, n.action!.event)}>
              ${n.action.label}
            </button>`
          : null}
      </div>
    `;
    // Both regions exist before any notice arrives, so a new one is read out.
    return html`
      <div class="notices" part="notices">
        <div role="status">${this.notices.filter((n) => n.kind === 'info').map(notice)}</div>
        <div role="alert">${this.notices.filter((n) => n.kind === 'warning').map(notice)}</div>
      </div>
    `;
  }

  private renderStep(step: string, ctx: FlowContext): TemplateResult {
    if (step === COMPLETE) return this.renderComplete(ctx);
    if (step === PLAN) return this.renderPlan(ctx);
    const lesson = lessonById(this.course, step);
    if (!lesson) return html`<h1 tabindex="-1">Lesson not found</h1>`;
    return this.renderLesson(lesson, ctx);
  }

  private renderLesson(lesson: Lesson, ctx: FlowContext) {
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
        ${blocks} ${this.renderStepNav(lesson, ctx)}
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
    if (next) this.goto(next.id);
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
        // A view-all block reports each panel shown to the flow, which keeps them (and Continue waits).
        const lesson = block.viewAll ? lessonById(this.course, this.step ?? '') : undefined;
        const key = lesson ? panelsKey(lesson, block) : '';
        const seen = ctx.seen?.[key] ?? 0;
        const onSeen = (e: HqcPanelSeenEvent) => key && this.onPanelSeen(key, e);
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

  private renderStepNav(lesson: Lesson, ctx: FlowContext) {
    const snapshot = this.snapshot!;
    const blocked = this.blockers(lesson) !== null;
    const back = snapshot.can({ type: 'step.back' })
      ? html`<button type="button" class="button" @click=${() => this.send({ type: 'step.back' })}>Back</button>`
      : null;
    const primary = (label: string, event?: FlowEvent) => html`
      <button
        type="button"
        class="button button--primary"
        id="continue"
        aria-disabled=${blocked ? 'true' : nothing}
        aria-describedby=${this.hint ? 'step-hint' : nothing}
        @click=${() => this.continue(lesson, event)}
      >
        ${label}
      </button>
    `;
    const choose = (label: string, path: 'quick' | 'full', primaryStyle = false) => html`
      <button type="button" class=${primaryStyle ? 'button button--primary' : 'button'} @click=${() => this.send({ type: 'path.choose', path })}>
        ${label}
      </button>
    `;
    let actions: unknown;
    // Before the last page, the primary button turns the page, whatever the lesson ends with.
    const lastPage = pageOf(lesson, ctx) === pageCount(lesson) - 1;
    switch (lastPage ? lesson.kind : 'lesson') {
      case 'path':
        actions =
          recommendedPath(this.course, ctx) === 'quick'
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
        const to = lessonById(this.course, ctx.returnTo ?? '') ?? this.course.lessons[0];
        actions = html`<button type="button" class="button button--primary" @click=${() => this.goto(to.id)}>Back to ${to.title}</button>`;
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

  /** Whether the LMS has the learner's completion, in words that match the save status. */
  private recordedSentence(): string {
    switch (this.saveStatus?.kind) {
      case 'local':
        return 'Your progress is kept in this browser only.';
      case 'not-kept':
        return 'Your progress could not be kept: download your plan to keep a copy.';
      case 'other-tab':
        return 'This unit is open in another tab, which records your progress.';
      case 'retrying':
      case 'unsaved':
      case 'saving':
        return 'Your progress is being saved.';
      case 'too-long':
        return 'Your completion is recorded; your notes are longer than the learning system keeps, so keep a copy from your plan.';
      case 'saved':
        return 'Your progress is recorded.';
      default:
        return 'Your progress is being saved.';
    }
  }

  /** Sends any text still waiting in a reflection box to the flow (before the page is hidden). */
  flushPending(): void {
    this.flushReflections();
  }

  /**
   * The end screen: what the learner did, what their plan holds, what comes next and how to
   * leave the activity. In the page's flow (nothing fixed or clipped), so a 500 px frame scrolls.
   */
  private renderComplete(ctx: FlowContext) {
    const { notes, actions, later } = planOf(this.course, ctx.answers);
    const { title, nextUnit } = this.course;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const path = sequence(this.course, ctx.path ?? 'full');
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
          <button type="button" class="button" aria-controls="menu-panel" aria-expanded=${this.menuOpen ? 'true' : 'false'} @click=${this.reviewLessons}>
            Review the lessons
          </button>
          ${hasPlan
            ? html`<button type="button" class="button button--primary" @click=${() => this.send({ type: 'nav.plan' })}>See my plan</button>`
            : nothing}
        </div>
      </article>
    `;
  }

  private renderPlan(ctx: FlowContext) {
    const fromComplete = this.stepBeforePlan === COMPLETE && ctx.completed;
    const to = lessonById(this.course, ctx.returnTo ?? '') ?? this.course.lessons[0];
    const back = fromComplete
      ? html`<button type="button" class="button button--primary" @click=${() => this.send({ type: 'nav.goto', id: COMPLETE })}>Back to Unit complete</button>`
      : html`<button type="button" class="button button--primary" @click=${() => this.send({ type: 'nav.goto', id: to.id })}>Back to ${to.title}</button>`;
    return html`
      <article class="lesson plan" aria-labelledby="step-title">
        <h1 id="step-title" tabindex="-1">My plan</h1>
        <hqc-plan .course=${this.course} .answers=${ctx.answers} .earlier=${this.earlierAnswers}></hqc-plan>
        <div class="step-nav" part="step-nav">${back}</div>
      </article>
    `;
  }
}

/** How a missing question is named in "To continue, answer: ...": the reflection's short label, else the question. */
function questionLabel(block: InteractiveBlock): string {
  return block.type === 'reflection' ? block.label : block.text;
}
