import { LitElement, html, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Course } from '../../course/types';
import type { UnitNotice } from '../../flow/notices';
import { lessonById, lockState, pageOf, type FlowContext } from '../../flow/progress';
import type { SaveStatus } from '../../flow/save-status';
import { COMPLETE, PLAN, currentStep, type FlowActor, type FlowEvent, type FlowState } from '../../flow/steps';
import type { HqcAnswerEvent, HqcFlowEvent, HqcMenuToggleEvent, HqcNavigateEvent } from '../events';
import { FlowController } from '../flow-controller';
import type HqcMenu from '../menu/menu.component';
import type HqcReflection from '../reflection/reflection.component';
import { continueBlockers, type StepHint } from '../step-nav/step-hint';
import styles from './unit.styles';

export type { UnitNotice } from '../../flow/notices';

/** The parts that draw into the unit's shadow root; the unit is updated once they are. */
const PARTS = 'hqc-header, hqc-notices, hqc-lesson, hqc-step-nav, hqc-end-screen, hqc-plan-page';

/**
 * @summary The whole unit: a header (title, step and progress, lesson menu, "My plan", save
 * status), the app's notices, and the current step of the flow: a lesson with its blocks and
 * Back/Continue, the completion screen, or the learner's plan. It reads the flow actor's
 * snapshot and sends it events; it never talks to the LMS.
 *
 * Its parts are elements of their own, drawn into its shadow root: `<hqc-header>`,
 * `<hqc-notices>`, `<hqc-lesson>` with its `<hqc-step-nav>` (Back/Continue and the hint) and
 * `<hqc-end-screen>` and `<hqc-plan-page>`; the unit holds what they share (which step, the
 * menu drawer, the hint) and turns their events into flow events.
 *
 * On every step change the new step's `<h1>` receives focus, so keyboard and screen reader
 * users start at the top of the new content.
 *
 * @event {CustomEvent<{ id: string; event: { type: 'nav.plan' | 'step.continue' | 'step.back' } }>} hqc-notice-action - (from `<hqc-notices>`, bubbling through) The learner activated a notice's action button
 * (cancelable: preventDefault() stops the unit from sending the notice's flow event `event`).
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
    openingSaid: { state: true },
  };

  /** The compiled course the flow was built from. */
  declare course: Course;
  /** The running flow: the app's actor of the flow machine (`createActor(createFlowMachine(course)).start()`), or its first step while the machine loads; the unit never starts or stops it. */
  declare actor: FlowActor | null;
  /** The LMS session's save status, or null before there is one. */
  declare saveStatus: SaveStatus | null;
  /** What the learner wrote for questions this version of the unit no longer has (shown in My plan). */
  declare earlierAnswers: Record<string, string>;
  /** Messages for the learner from the app (no LMS, recovered work, notes near the LMS's limit). */
  declare notices: UnitNotice[];
  declare private menuOpen: boolean;
  declare private hint: StepHint | null;
  /** The "opening" line has been put in its live region (drawn empty first, so it is announced). */
  declare private openingSaid: boolean;

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
    this.openingSaid = false;
  }

  /**
   * The launch page may hold a drawn copy of the first screen in this element's declarative
   * shadow root (src/course/first-screen.ts): inert, for the time the script takes to load. It
   * goes as the element upgrades, in the same task as its first render, so nothing is painted
   * in between; the unit draws into the emptied root (emptied first: Lit draws before the
   * root's first child).
   */
  protected createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  private get snapshot(): FlowState | null {
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

  /** The parts draw after the unit: its update is complete once theirs are. */
  protected async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.partsDrawn();
    return done;
  }

  private partsDrawn(): Promise<unknown> {
    // A part whose code has not arrived yet (the end screen) has no updateComplete: nothing to wait for.
    return Promise.all([...this.renderRoot.querySelectorAll(PARTS)].map((p) => (p as ReactiveElement).updateComplete));
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

  protected updated(_changed: PropertyValues): void {
    // The status region is in the page now: its text goes in next, so screen readers say it.
    if (this.course && !this.actor && !this.openingSaid) this.openingSaid = true;
    // The menu is a modal drawer over the lesson: the browser keeps focus in it and the lesson inert.
    const drawer = this.renderRoot.querySelector<HTMLDialogElement>('#menu-panel');
    if (drawer && this.menuOpen && !drawer.open) drawer.showModal();
    else if (drawer && !this.menuOpen && drawer.open) drawer.close();
    const focus = this.focusHeading;
    this.focusHeading = false;
    // The parts (the end screen's h1, the hint's lesson links) are drawn once theirs are.
    void this.partsDrawn().then(() => {
      this.markClosedLessonLinks();
      if (focus) this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    });
  }

  // ---- learner actions -------------------------------------------------------------------

  private onAnswer(e: HqcAnswerEvent) {
    this.send({ type: 'answer.set', id: e.detail.id, value: e.detail.value });
    this.refreshHint();
  }

  /** Answering (or opening) what the hint asked for: keep the hint honest. */
  private refreshHint() {
    if (this.hint?.kind === 'blockers' && this.step) {
      const lesson = lessonById(this.course, this.step);
      if (lesson) this.hint = continueBlockers(this.course, lesson, this.context);
    }
  }

  private onNavigate(e: HqcNavigateEvent) {
    this.goto(e.detail.id);
  }

  /** A part asks for a flow event (Back, My plan, a path, a notice's action). */
  private onFlow(e: HqcFlowEvent) {
    this.send(e.detail);
    if (e.detail.type === 'panel.seen') this.refreshHint();
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

  private onMenuToggle(e: HqcMenuToggleEvent) {
    if (!e.detail.open) this.closeMenu();
    else if (e.detail.focusEntry) this.reviewLessons();
    else this.menuOpen = true;
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
    menu?.focusEntry?.();
  }

  private onContinue() {
    const lesson = this.step ? lessonById(this.course, this.step) : undefined;
    if (!lesson) return;
    this.flushReflections();
    const hint = continueBlockers(this.course, lesson, this.context);
    if (hint) {
      this.announce(hint);
      return;
    }
    const page = pageOf(lesson, this.context);
    this.send({ type: 'step.continue' });
    // The flow machine is still loading: it takes the event when it arrives, and the screen follows.
    if (this.flow?.actor.waiting) return;
    // Turning a page is moving on too; only a refusal leaves both the step and the page as they were.
    if (this.snapshot && currentStep(this.snapshot) === lesson.id && pageOf(lesson, this.context) === page) {
      // The flow refused for a reason the rules above do not name (a course-specific completion list).
      this.announce({ kind: 'message', intro: 'This step cannot be finished yet. Open the menu to see which lessons are still to do.', items: [] });
    }
  }

  /** Shows a hint in the step bar's live region; cleared first so a repeat is read out again. */
  private async announce(hint: StepHint) {
    this.hint = null;
    await this.updateComplete;
    this.hint = hint;
    await this.updateComplete;
    this.renderRoot.querySelector('#step-hint')?.scrollIntoView({ block: 'nearest' });
  }

  /** Sends any text still waiting in a reflection box to the flow (before the page is hidden). */
  flushPending(): void {
    this.flushReflections();
  }

  // ---- rendering ------------------------------------------------------------------------

  render() {
    const snapshot = this.snapshot;
    if (!this.course) return null;
    if (!this.actor || !snapshot) return this.renderOpening();
    const step = currentStep(snapshot);
    const ctx = snapshot.context;
    return html`
      <div
        class="unit"
        part="base"
        @keydown=${this.onKeydown}
        @hqc-answer=${this.onAnswer}
        @hqc-navigate=${this.onNavigate}
        @hqc-close=${this.closeMenu}
        @hqc-flow=${this.onFlow}
        @hqc-continue=${this.onContinue}
        @hqc-menu-toggle=${this.onMenuToggle}
      >
        <hqc-header .course=${this.course} .context=${ctx} .step=${step} ?menu-open=${this.menuOpen} .saveStatus=${this.saveStatus}></hqc-header>
        <dialog id="menu-panel" class="menu-panel" part="menu" aria-labelledby="menu-title" @close=${this.onDrawerClose} @click=${this.onDrawerClick}>
          <div class="menu-head">
            <p id="menu-title" class="menu-title">Lessons</p>
            <button type="button" class="button" @click=${this.closeMenu}>Close</button>
          </div>
          <hqc-menu .course=${this.course} .context=${ctx} .current=${step}></hqc-menu>
        </dialog>
        <hqc-notices .notices=${this.notices}></hqc-notices>
        <main class="main" part="main" @click=${this.onContentClick}>${keyed(`${step}#${this.page}`, this.renderStep(step, ctx))}</main>
      </div>
    `;
  }

  /**
   * A returning learner's place opens once the flow machine has loaded (src/app.ts): until then
   * the unit says so, politely (the status region is drawn empty, then filled, so that screen
   * readers announce it), and shows the app's notices (a machine that did not load says so
   * there, and the line goes).
   */
  private renderOpening(): TemplateResult {
    const failed = this.notices.some((n) => n.id === 'not-loaded');
    return html`
      <div class="unit" part="base">
        <hqc-notices .notices=${this.notices}></hqc-notices>
        <main class="main" part="main"><p class="opening" role="status">${this.openingSaid && !failed ? 'Opening where you left off…' : ''}</p></main>
      </div>
    `;
  }

  private renderStep(step: string, ctx: FlowContext): TemplateResult {
    if (step === COMPLETE) {
      return html`<hqc-end-screen .course=${this.course} .context=${ctx} .saveStatus=${this.saveStatus} ?menu-open=${this.menuOpen}></hqc-end-screen>`;
    }
    if (step === PLAN) {
      const backTo = this.stepBeforePlan === COMPLETE && ctx.completed ? COMPLETE : ctx.returnTo;
      return html`<hqc-plan-page .course=${this.course} .context=${ctx} .earlier=${this.earlierAnswers} .backTo=${backTo}></hqc-plan-page>`;
    }
    const lesson = lessonById(this.course, step);
    if (!lesson) return html`<h1 tabindex="-1">Lesson not found</h1>`;
    return html`<hqc-lesson .course=${this.course} .context=${ctx} .lesson=${lesson} ?can-go-back=${this.snapshot!.can({ type: 'step.back' })} .hint=${this.hint}></hqc-lesson>`;
  }
}
