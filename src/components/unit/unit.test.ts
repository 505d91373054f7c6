import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SaveStatus } from '../../flow/save-status';
import type HqcMenu from '../menu/menu';
import { course, deepActiveElement, startFlow, describe, it } from '../test-fixtures';
import type HqcUnit from './unit';
import type { UnitNotice } from './unit';
import './unit';
// In the unit these come after the first screen (src/lesson-bodies.ts); here, at once.
import '../challenge/challenge';
import '../choice/choice';
import '../plan/plan';
import '../reflection/reflection';
import '../menu/menu';
import '../end-screen/end-screen';
import '../plan-page/plan-page';
import '../accordion/accordion';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { createActor } from 'xstate';
import { createFlowMachine } from '../../flow/machine';
import HqcUnitElement from './unit';

type Flow = ReturnType<typeof startFlow>;

async function mount(flow: Flow = startFlow(), props: { notices?: UnitNotice[]; saveStatus?: SaveStatus } = {}) {
  const el = await fixture<HqcUnit>(
    html`<hqc-unit .course=${course} .actor=${flow} .notices=${props.notices ?? []} .saveStatus=${props.saveStatus ?? null}></hqc-unit>`,
  );
  return el;
}

const root = (el: HqcUnit) => el.shadowRoot!;
const step = (flow: Flow) => String(flow.getSnapshot().value);
const h1 = (el: HqcUnit) => root(el).querySelector('h1')!;
const hint = (el: HqcUnit) => root(el).querySelector('#step-hint')!;
const menuButton = (el: HqcUnit) => root(el).querySelector<HTMLButtonElement>('#menu-button')!;
const menuPanel = (el: HqcUnit) => root(el).querySelector<HTMLDialogElement>('#menu-panel')!;
const menu = (el: HqcUnit) => root(el).querySelector<HqcMenu>('hqc-menu')!;

function button(el: HqcUnit, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`No button "${name}" in: ${[...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

async function click(el: HqcUnit, target: HTMLElement) {
  target.click();
  await el.updateComplete;
  await el.updateComplete; // hints are cleared then set, over two renders
}

/** Clicks the radio for a yes-no answer, as a learner would. */
function answerYesNo(el: HqcUnit, id: string, value: 'yes' | 'no') {
  const q = root(el).querySelector(`#q-${id}`)!;
  q.shadowRoot!.querySelector<HTMLInputElement>(`input[value=${value}]`)!.click();
}

/** Drives the flow to a lesson the way a learner would, straight through the actor. */
function walk(flow: Flow, to: 'your-path' | 'scenario' | 'challenge' | 'closing', answers: 'no' | 'yes' = 'no') {
  flow.send({ type: 'answer.set', id: 'sa-attention', value: answers });
  flow.send({ type: 'answer.set', id: 'sa-questions', value: 'yes' });
  flow.send({ type: 'step.continue' });
  if (to === 'your-path') return;
  flow.send({ type: 'path.choose', path: 'full' });
  if (to === 'scenario') return;
  flow.send({ type: 'answer.set', id: 'scn-markers', value: 'scn-markers-all' });
  flow.send({ type: 'answer.set', id: 'scn-notes', value: 'Ask Sam about the pilot.' });
  flow.send({ type: 'step.continue' });
  if (to === 'challenge') return;
  flow.send({ type: 'step.continue' });
}

describe('hqc-unit', () => {
  describe('header', () => {
    it('shows the course title, the step of the path, a named progress bar, Menu and My plan', async () => {
      const el = await mount();
      expect(root(el).querySelector('.course-title')!.textContent).to.equal('Test Connections');
      expect(root(el).querySelector('.step-text')!.textContent).to.equal('Step 1 of 5');
      const progress = root(el).querySelector('progress')!;
      expect(progress.getAttribute('aria-label')).to.equal('Unit progress');
      expect(progress.value).to.equal(0);
      expect(menuButton(el).getAttribute('aria-expanded')).to.equal('false');
      expect(menuButton(el).getAttribute('aria-controls')).to.equal('menu-panel');
      expect(button(el, 'My plan')).to.exist;
    });

    it('passes the save status to hqc-save-status', async () => {
      const status: SaveStatus = { kind: 'local', savedAt: null, attempt: 0, detail: '' };
      const el = await mount(startFlow(), { saveStatus: status });
      const saveStatus = root(el).querySelector('hqc-save-status')!;
      expect(saveStatus.status).to.equal(status);
    });

    it('counts steps on the quick path once it is chosen', async () => {
      const flow = startFlow();
      walk(flow, 'your-path', 'yes');
      flow.send({ type: 'path.choose', path: 'quick' });
      const el = await mount(flow);
      expect(root(el).querySelector('.step-text')!.textContent).to.equal('Step 3 of 3');
    });
  });

  describe('a lesson step', () => {
    it('renders the lesson title as h1 and its blocks, with learner answers passed in', async () => {
      const flow = startFlow();
      flow.send({ type: 'answer.set', id: 'sa-attention', value: 'no' });
      const el = await mount(flow);
      expect(h1(el).textContent).to.equal('Is this unit for you?');
      expect(h1(el).getAttribute('tabindex')).to.equal('-1');
      expect(root(el).querySelector('.prose h2')!.textContent).to.equal('The questions');
      const questions = [...root(el).querySelectorAll('hqc-yes-no')];
      expect(questions.map((q) => q.block.id)).to.deep.equal(['sa-attention', 'sa-questions']);
      expect(questions.map((q) => q.value)).to.deep.equal(['no', '']);
    });

    it('does not take focus on the first render', async () => {
      await mount();
      expect(document.activeElement).to.equal(document.body);
    });

    it('keeps Continue focusable but aria-disabled while required answers are missing', async () => {
      const el = await mount();
      const cont = button(el, 'Continue');
      expect(cont.getAttribute('aria-disabled')).to.equal('true');
      expect(cont.disabled).to.be.false;
      answerYesNo(el, 'sa-attention', 'yes');
      answerYesNo(el, 'sa-questions', 'no');
      await el.updateComplete;
      expect(button(el, 'Continue').hasAttribute('aria-disabled')).to.be.false;
    });

    it('announces what is missing when Continue is activated too early, and stays on the step', async () => {
      const flow = startFlow();
      const el = await mount(flow);
      expect(hint(el).getAttribute('role')).to.equal('status');
      expect(hint(el).textContent!.trim()).to.equal('');
      await click(el, button(el, 'Continue'));
      expect(step(flow)).to.equal('self-check');
      expect(hint(el).textContent).to.contain('To continue, answer:');
      const items = [...hint(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(['Do you give people your undivided attention?', 'Have you written probing questions?']);
      expect(button(el, 'Continue').getAttribute('aria-describedby')).to.equal('step-hint');
      // Answering one question updates the list.
      answerYesNo(el, 'sa-attention', 'yes');
      await el.updateComplete;
      expect([...hint(el).querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Have you written probing questions?']);
    });

    it('moves focus to a missing question from the hint', async () => {
      const el = await mount();
      await click(el, button(el, 'Continue'));
      hint(el).querySelectorAll('a')[1].click();
      const q2 = root(el).querySelector('#q-sa-questions')!;
      expect(deepActiveElement()).to.equal(q2.shadowRoot!.querySelector('input[value=yes]'));
    });

    it('sends answers to the flow and moves focus to the new h1 on Continue', async () => {
      const flow = startFlow();
      const el = await mount(flow);
      answerYesNo(el, 'sa-attention', 'no');
      answerYesNo(el, 'sa-questions', 'yes');
      expect(flow.getSnapshot().context.answers).to.deep.equal({ 'sa-attention': 'no', 'sa-questions': 'yes' });
      await click(el, button(el, 'Continue'));
      expect(step(flow)).to.equal('your-path');
      expect(h1(el).textContent).to.equal('Your path through the unit');
      expect(root(el).activeElement).to.equal(h1(el));
      await click(el, button(el, 'Back'));
      expect(step(flow)).to.equal('self-check');
      expect(root(el).activeElement).to.equal(h1(el));
      expect(h1(el).textContent).to.equal('Is this unit for you?');
    });

    it('follows the Tab order: Menu, My plan, the questions, Continue', async () => {
      const el = await mount();
      menuButton(el).focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement() as HTMLElement;
        const host = (active.getRootNode() as ShadowRoot).host as HTMLElement;
        order.push(host === el ? active.textContent!.trim() : `${host.id} ${(active as HTMLInputElement).value}`);
      }
      expect(order).to.deep.equal(['My plan', 'q-sa-attention yes', 'q-sa-questions yes', 'Continue']);
    });

    it('answers a question with Space, from the keyboard alone', async () => {
      const flow = startFlow();
      const el = await mount(flow);
      button(el, 'My plan').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(flow.getSnapshot().context.answers['sa-attention']).to.equal('yes');
    });

    it('saves text typed just before Continue, even before the debounce', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      flow.send({ type: 'answer.set', id: 'scn-markers', value: 'scn-markers-all' });
      const el = await mount(flow);
      const ta = root(el).querySelector('hqc-reflection')!.shadowRoot!.querySelector('textarea')!;
      ta.focus();
      ta.value = 'Typed a moment ago';
      ta.dispatchEvent(new Event('input'));
      button(el, 'Continue').click(); // a click that does not move focus first
      expect(flow.getSnapshot().context.answers['scn-notes']).to.equal('Typed a moment ago');
      expect(step(flow)).to.equal('challenge');
    });

    it('is accessible', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      flow.send({ type: 'answer.set', id: 'scn-markers', value: 'scn-markers-none' });
      const el = await mount(flow);
      await expect(el).to.be.accessible();
      await click(el, button(el, 'Continue'));
      await expect(el).to.be.accessible();
    });
  });

  describe('lesson HTML', () => {
    it('navigates on links with data-lesson, without following the href', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      const el = await mount(flow);
      const link = root(el).querySelector<HTMLAnchorElement>('a[data-lesson="self-check"]')!;
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(event);
      await el.updateComplete;
      expect(event.defaultPrevented).to.be.true;
      expect(step(flow)).to.equal('self-check');
      expect(root(el).activeElement).to.equal(h1(el));
    });

    it('says why a linked lesson is locked instead of opening it', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      const el = await mount(flow);
      await click(el, root(el).querySelector<HTMLAnchorElement>('a[data-lesson="challenge"]')!);
      expect(step(flow)).to.equal('scenario');
      expect(hint(el).textContent).to.contain('opens once you finish “Scenario: the first day”');
    });

    it('hides .visually-hidden text visually but keeps it for screen readers', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      const el = await mount(flow);
      const hidden = root(el).querySelector<HTMLElement>('a[target=_blank] .visually-hidden')!;
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(hidden).display).not.to.equal('none');
    });
  });

  describe('the path decision', () => {
    it('with a No: explains it, shows only the full outcome, and Continue goes to the full unit', async () => {
      const flow = startFlow();
      walk(flow, 'your-path', 'no');
      const el = await mount(flow);
      const outcome = root(el).querySelector('.outcome')!;
      expect(outcome.textContent).to.contain('You answered No to 1 of the 2 questions.');
      expect(outcome.textContent).to.contain('The full unit is for you.');
      expect(root(el).textContent).not.to.contain('A quick scan is enough');
      await click(el, button(el, 'Continue'));
      expect(step(flow)).to.equal('scenario');
    });

    it('with all Yes: offers the quick scan or the full unit', async () => {
      const flow = startFlow();
      walk(flow, 'your-path', 'yes');
      const el = await mount(flow);
      expect(root(el).querySelector('.outcome')!.textContent).to.contain('You answered Yes to all 2 questions.');
      expect(root(el).textContent).to.contain('A quick scan is enough for now.');
      expect(root(el).querySelector('#continue')).to.be.null;
      await click(el, button(el, 'Take the full unit'));
      expect(step(flow)).to.equal('scenario');
      expect(flow.getSnapshot().context.path).to.equal('full');
    });

    it('quick path: scan, then finish and move on; the quick scan also offers the full unit', async () => {
      const flow = startFlow();
      walk(flow, 'your-path', 'yes');
      const el = await mount(flow);
      await click(el, button(el, 'Scan the summary and finish'));
      expect(step(flow)).to.equal('quick-scan');
      expect(button(el, 'Take the full unit instead')).to.exist;
      await click(el, button(el, 'Finish the quick scan'));
      expect(step(flow)).to.equal('complete');
      expect(root(el).activeElement).to.equal(h1(el));
    });

    it('quick scan: "Take the full unit instead" switches to the full path', async () => {
      const flow = startFlow();
      walk(flow, 'your-path', 'yes');
      flow.send({ type: 'path.choose', path: 'quick' });
      const el = await mount(flow);
      await click(el, button(el, 'Take the full unit instead'));
      expect(step(flow)).to.equal('scenario');
      expect(flow.getSnapshot().context.path).to.equal('full');
    });
  });

  describe('closing and completion', () => {
    it('labels Continue "Finish the unit" on the closing lesson and completes', async () => {
      const flow = startFlow();
      walk(flow, 'closing');
      const el = await mount(flow);
      await click(el, button(el, 'Finish the unit'));
      expect(step(flow)).to.equal('complete');
    });

    it('names the lessons still to do when the closing lesson cannot finish', async () => {
      const flow = startFlow();
      walk(flow, 'closing');
      flow.send({ type: 'nav.goto', id: 'scenario' });
      flow.send({ type: 'answer.set', id: 'scn-notes', value: '' }); // the learner cleared a note
      flow.send({ type: 'nav.goto', id: 'closing' });
      const el = await mount(flow);
      await click(el, button(el, 'Finish the unit'));
      expect(step(flow)).to.equal('closing');
      expect(hint(el).textContent).to.contain('To finish the unit, complete:');
      expect(hint(el).textContent).to.contain('Scenario: the first day');
    });

    it('shows the completion screen: heading, summary, next unit, review and plan', async () => {
      const flow = startFlow();
      walk(flow, 'challenge');
      flow.send({ type: 'answer.set', id: 'week-18', value: 'adopted' });
      flow.send({ type: 'step.continue' });
      flow.send({ type: 'step.continue' });
      const el = await mount(flow);
      expect(h1(el).textContent).to.equal('Unit complete');
      expect(root(el).textContent).to.contain('Your plan holds 1 note and 1 challenge action.');
      expect(root(el).querySelector('#next-title')!.textContent).to.equal('A unit you could take next: Determining Direction');
      expect(root(el).textContent).to.contain('The next unit of the programme.');
      // Closure: what the learner did, the plan, what comes next and how to leave.
      expect([...root(el).querySelectorAll('article h2')].map((h) => h.textContent!.trim())).to.deep.equal([
        'What you did',
        'Your plan',
        'A unit you could take next: Determining Direction',
        'Leaving the activity',
      ]);
      expect(root(el).textContent).to.match(/You worked through \d+ lessons and answered \d+ questions, and wrote 1 note\./);
      expect(root(el).querySelector('#plan-title')!.parentElement!.textContent).to.contain('Week');
      expect(root(el).textContent).to.contain('You can close this window or go back to your course page now.');
      await expect(el).to.be.accessible();

      await click(el, button(el, 'Review the lessons'));
      await menu(el).updateComplete;
      expect(menuPanel(el).open).to.be.true;
      expect((deepActiveElement() as HTMLElement).dataset.id, 'focus moves into the menu').to.equal('self-check');

      await click(el, button(el, 'See my plan'));
      expect(step(flow)).to.equal('plan');
      await click(el, button(el, 'Back to Unit complete'));
      expect(step(flow)).to.equal('complete');
    });
  });

  describe('menu', () => {
    it('opens as a modal drawer over the lesson, closes on Escape and returns focus to the Menu button', async () => {
      const el = await mount();
      expect(menuPanel(el).open).to.be.false;
      await click(el, menuButton(el));
      expect(menuPanel(el).open).to.be.true;
      expect(menuButton(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      menu(el).shadowRoot!.querySelector<HTMLButtonElement>('button[data-id="references"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menuPanel(el).open).to.be.false;
      expect(menuButton(el).getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(menuButton(el));
    });

    it('navigates to an open lesson and closes; a lesson not open yet is not a control', async () => {
      const flow = startFlow();
      const el = await mount(flow);
      await click(el, menuButton(el));
      const entry = (id: string) => menu(el).shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!;
      // A lesson not open yet is a line of text, not a control.
      expect(menu(el).shadowRoot!.querySelector('[data-id="scenario"]')!.matches('li.entry--locked')).to.be.true;
      expect(entry('scenario')).to.be.null;
      expect(menuPanel(el).open).to.be.true;
      await click(el, entry('references'));
      expect(step(flow)).to.equal('references');
      expect(menuPanel(el).open).to.be.false;
      expect(root(el).activeElement).to.equal(h1(el));
      expect(root(el).querySelector('.step-text')!.textContent).to.equal('Reference');
    });

    it('sends text typed in a reflection before leaving through the menu', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      const el = await mount(flow);
      const ta = root(el).querySelector('hqc-reflection')!.shadowRoot!.querySelector('textarea')!;
      ta.value = 'Half a thought';
      ta.dispatchEvent(new Event('input'));
      await click(el, menuButton(el));
      await click(el, menu(el).shadowRoot!.querySelector<HTMLButtonElement>('button[data-id="references"]')!);
      expect(step(flow)).to.equal('references');
      expect(flow.getSnapshot().context.answers['scn-notes']).to.equal('Half a thought');
    });
  });

  describe('reference lessons and the plan', () => {
    it('a reference lesson offers a way back to where the learner was', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      flow.send({ type: 'nav.goto', id: 'references' });
      const el = await mount(flow);
      expect(() => button(el, 'Continue')).to.throw();
      await click(el, button(el, 'Back to Scenario: the first day'));
      expect(step(flow)).to.equal('scenario');
    });

    it('"My plan" shows the plan, and Back returns to the lesson', async () => {
      const flow = startFlow();
      walk(flow, 'challenge');
      const el = await mount(flow);
      await click(el, button(el, 'My plan'));
      expect(step(flow)).to.equal('plan');
      expect(h1(el).textContent).to.equal('My plan');
      expect(root(el).activeElement).to.equal(h1(el));
      const plan = root(el).querySelector('hqc-plan')!;
      expect(plan.answers['scn-notes']).to.equal('Ask Sam about the pilot.');
      await expect(el).to.be.accessible();
      await click(el, button(el, 'Back to Your 26-week challenge: weeks 18 and 19'));
      expect(step(flow)).to.equal('challenge');
    });
  });

  describe('a returning learner, before the flow machine has loaded', () => {
    it('says politely that their place is opening, then draws it', async () => {
      const el = await fixture<HqcUnit>(html`<hqc-unit .course=${course} .actor=${null}></hqc-unit>`);
      await el.updateComplete;
      const line = root(el).querySelector('.opening')!;
      expect(line.getAttribute('role')).to.equal('status');
      expect(line.textContent).to.equal('Opening where you left off…');
      expect(h1(el)).to.be.null;
      el.actor = startFlow();
      await el.updateComplete;
      expect(root(el).querySelector('.opening')).to.be.null;
      expect(h1(el).textContent!.trim()).to.equal(course.lessons[0].title);
    });

    it('shows the notice instead when the flow machine could not be loaded', async () => {
      const notices: UnitNotice[] = [{ id: 'not-loaded', kind: 'warning', text: 'Part of this unit could not be loaded.' }];
      const el = await fixture<HqcUnit>(html`<hqc-unit .course=${course} .actor=${null} .notices=${notices}></hqc-unit>`);
      await el.updateComplete;
      expect(root(el).querySelector('[role=alert] .notice')!.textContent).to.contain('Part of this unit could not be loaded.');
      expect(root(el).querySelector('.opening')!.textContent).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('a screen reader is told, without moving, that their place is opening (a live region filled after it is drawn)', async () => {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      await virtual.start({ container: wrap });
      try {
        await virtual.clearSpokenPhraseLog();
        const el = document.createElement('hqc-unit-light') as HqcUnit;
        el.course = course;
        el.actor = null;
        wrap.append(el);
        await el.updateComplete;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect((await virtual.spokenPhraseLog()).join(' | ')).to.contain('polite: Opening where you left off…');
      } finally {
        await virtual.stop();
      }
    });
  });

  describe('notices', () => {
    const notices: UnitNotice[] = [
      { id: 'resumed', kind: 'info', text: 'We restored your work from this browser.' },
      { id: 'no-lms', kind: 'warning', text: 'The LMS is not answering.', action: { label: 'Go back', event: { type: 'step.back' } } },
    ];

    it('puts info in a status region and warnings in an alert region', async () => {
      const el = await mount(startFlow(), { notices });
      expect(root(el).querySelector('[role=status] .notice')!.textContent).to.contain('We restored your work from this browser.');
      expect(root(el).querySelector('[role=alert] .notice')!.textContent).to.contain('The LMS is not answering.');
      await expect(el).to.be.accessible();
    });

    it('sends a flow event named by the action, such as nav.plan', async () => {
      const flow = startFlow();
      const el = await mount(flow, { notices: [{ id: 'budget', kind: 'warning', text: 'Your notes are close to the limit.', action: { label: 'Open my plan', event: { type: 'nav.plan' } } }] });
      await click(el, button(el, 'Open my plan'));
      expect(step(flow)).to.equal('plan');
    });

    it('sends nothing to the flow when a listener cancels hqc-notice-action', async () => {
      const flow = startFlow();
      const el = await mount(flow, { notices: [{ id: 'budget', kind: 'warning', text: 'Your notes are close to the limit.', action: { label: 'Open my plan', event: { type: 'nav.plan' } } }] });
      el.addEventListener('hqc-notice-action', (e) => e.preventDefault());
      await click(el, button(el, 'Open my plan'));
      expect(step(flow)).to.equal('self-check');
    });

    it('emits hqc-notice-action with the notice id and its event', async () => {
      const el = await mount(startFlow(), { notices });
      setTimeout(() => button(el, 'Go back').click());
      const event = await oneEvent(el, 'hqc-notice-action');
      expect(event.detail).to.deep.equal({ id: 'no-lms', event: { type: 'step.back' } });
    });
  });

  describe('the calm frame', () => {
    it('at 360 x 640 the header is one compact row, at most 56 px high, with the title and progress bar left out', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const flow = startFlow();
        walk(flow, 'scenario');
        const el = await mount(flow, { saveStatus: { kind: 'saved' } as SaveStatus });
        const header = root(el).querySelector<HTMLElement>('.header')!;
        expect(header.getBoundingClientRect().height).to.be.at.most(56);
        expect(getComputedStyle(root(el).querySelector('.course-title')!).display).to.equal('none');
        expect(menuButton(el).getBoundingClientRect().height).to.be.at.least(44);
        // The step stays in words in the row.
        expect(root(el).querySelector('.step-text')!.getBoundingClientRect().width).to.be.greaterThan(0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('the menu is a drawer over the lesson: the lesson does not move when it opens', async () => {
      const el = await mount();
      const before = h1(el).getBoundingClientRect().top;
      await click(el, menuButton(el));
      expect(menuPanel(el).open).to.be.true;
      expect(h1(el).getBoundingClientRect().top).to.equal(before);
      expect(getComputedStyle(menuPanel(el)).position).to.equal('fixed');
    });

    it('links in a lesson to lessons not open yet are not links, until those lessons open', async () => {
      const linked = {
        ...course,
        lessons: course.lessons.map((l) =>
          l.id === 'self-check' ? { ...l, blocks: [{ type: 'html' as const, html: '<p>See <a href="#lesson-closing" data-lesson="closing">the closing</a> and <a href="#lesson-references" data-lesson="references">the sources</a>.</p>' }, ...l.blocks] } : l,
        ),
      };
      const flow = startFlow();
      const el = await fixture<HqcUnit>(html`<hqc-unit .course=${linked} .actor=${flow}></hqc-unit>`);
      const anchor = (id: string) => root(el).querySelector<HTMLAnchorElement>(`main a[data-lesson="${id}"]`)!;
      expect(anchor('closing').hasAttribute('href'), 'locked: not a link').to.be.false;
      expect(anchor('references').getAttribute('href')).to.equal('#lesson-references');
      await expect(el).to.be.accessible();
      // Once the unit is complete every lesson is open, and the link is a link again.
      el.actor = startFlow({ completed: true });
      await el.updateComplete;
      expect(anchor('closing').getAttribute('href')).to.equal('#lesson-closing');
    });
  });

  describe('pages', () => {
    // The scenario split into two pages: the story, then the questions.
    const paged = { ...course, lessons: course.lessons.map((l) => (l.id === 'scenario' ? { ...l, pages: [{ first: 0, minutes: 1 }, { first: 1, minutes: 2 }], minutes: 3 } : l)) };
    const pagedFlow = () => {
      const flow = createActor(createFlowMachine(paged), { input: {} }).start();
      walk(flow as unknown as Flow, 'scenario');
      return flow;
    };

    it('shows one page at a time, says which under the title and in the step bar, and Continue and Back move by page', async () => {
      const flow = pagedFlow();
      const el = await fixture<HqcUnit>(html`<hqc-unit .course=${paged} .actor=${flow}></hqc-unit>`);
      expect(root(el).querySelector('#step-about')!.textContent).to.equal('Page 1 of 2. Reading time about 1 minute for this page.');
      expect(root(el).querySelector('.step-text')!.textContent).to.match(/, page 1 of 2$/);
      expect(root(el).querySelector('hqc-choice')).to.be.null;
      await click(el, button(el, 'Continue'));
      expect(root(el).querySelector('#step-about')!.textContent).to.equal('Page 2 of 2. Reading time about 2 minutes for this page.');
      expect(root(el).querySelector('hqc-choice')).to.exist;
      expect(root(el).activeElement, 'focus moves to the title of the new page').to.equal(h1(el));
      await click(el, button(el, 'Back'));
      expect(root(el).querySelector('hqc-choice')).to.be.null;
      expect(String(flow.getSnapshot().value)).to.equal('scenario');
    });

    it('a screen reader hears the lesson title and "Page 2 of 2" when Continue turns the page', async () => {
      const flow = pagedFlow();
      const wrap = await fixture<HTMLElement>(html`<div><hqc-unit-light .course=${paged} .actor=${flow}></hqc-unit-light></div>`);
      const el = wrap.querySelector('hqc-unit-light') as HqcUnit;
      await virtual.start({ container: wrap });
      try {
        await virtual.clearSpokenPhraseLog();
        (el.querySelector('#continue') as HTMLButtonElement).click();
        await el.updateComplete;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        const said = await virtual.spokenPhraseLog();
        // Focus moves to the title, which is described by the page and its reading time.
        expect(said).to.include('heading, Scenario: the first day, Page 2 of 2. Reading time about 2 minutes for this page., level 1');
        expect(said.join(' | '), 'a page turn is not a refusal').not.to.contain('cannot be finished');
      } finally {
        await virtual.stop();
      }
    });
  });

  describe('view-all', () => {
    // The scenario ends with an accordion the learner must open in full before moving on.
    const sections = {
      type: 'panels' as const,
      style: 'accordion' as const,
      label: '',
      level: 2,
      viewAll: true as const,
      panels: [
        { title: 'Culture', html: '<p>Values.</p>' },
        { title: 'Rewards', html: '<p>Incentives.</p>' },
      ],
    };
    const withSections = { ...course, lessons: course.lessons.map((l) => (l.id === 'scenario' ? { ...l, blocks: [...l.blocks, sections] } : l)) };
    const answeredScenario = () => {
      const flow = createActor(createFlowMachine(withSections), { input: {} }).start();
      walk(flow as unknown as Flow, 'scenario');
      flow.send({ type: 'answer.set', id: 'scn-markers', value: 'scn-markers-all' });
      flow.send({ type: 'answer.set', id: 'scn-notes', value: 'Ask Sam about the pilot.' });
      return flow;
    };

    it('Continue stays focusable, says what is left (read politely), links to each section, and moves on once all are opened', async () => {
      const flow = answeredScenario();
      const wrap = await fixture<HTMLElement>(html`<div><hqc-unit-light .course=${withSections} .actor=${flow}></hqc-unit-light></div>`);
      const el = wrap.querySelector('hqc-unit-light') as HqcUnit;
      const q = (sel: string) => el.querySelector<HTMLElement>(sel)!;
      const accordion = () => el.querySelector('hqc-accordion')!;
      await accordion().updateComplete;
      const cont = q('#continue') as HTMLButtonElement;
      expect(cont.disabled).to.be.false;
      expect(cont.getAttribute('aria-disabled')).to.equal('true');
      await virtual.start({ container: wrap });
      try {
        await virtual.clearSpokenPhraseLog();
        cont.click();
        await el.updateComplete;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(step(flow as unknown as Flow)).to.equal('scenario');
        const said = (await virtual.spokenPhraseLog()).join(' | ');
        expect(said).to.contain('polite: Open every section to continue: 0 of 2 seen. Still to open:');
        expect([...q('#step-hint').querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Culture', 'Rewards']);
        // The link opens that section, with focus on its button; the hint follows.
        q('#step-hint').querySelectorAll('a')[1].click();
        await accordion().updateComplete;
        await el.updateComplete;
        await el.updateComplete;
        expect(accordion().shadowRoot!.querySelectorAll('button')[1].getAttribute('aria-expanded')).to.equal('true');
        expect(deepActiveElement()).to.equal(accordion().shadowRoot!.querySelectorAll('button')[1]);
        expect(q('#step-hint').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open every section to continue: 1 of 2 seen. Still to open: Culture');
        accordion().shadowRoot!.querySelectorAll('button')[0].click();
        await accordion().updateComplete;
        await el.updateComplete;
        await el.updateComplete;
        expect(q('#step-hint').textContent!.trim(), 'nothing left to ask').to.equal('');
        expect(q('#continue').getAttribute('aria-disabled')).to.be.null;
        q('#continue').click();
        await el.updateComplete;
        expect(step(flow as unknown as Flow)).to.equal('challenge');
      } finally {
        await virtual.stop();
      }
    });
  });

  describe('the end screen at 1280 x 500', () => {
    it('nothing is clipped: every part can be scrolled to and seen, and nothing scrolls sideways', async () => {
      await setViewport({ width: 1280, height: 500 });
      try {
        const flow = startFlow();
        walk(flow, 'closing');
        flow.send({ type: 'step.continue' });
        const el = await mount(flow);
        expect(h1(el).textContent).to.equal('Unit complete');
        for (const part of root(el).querySelectorAll<HTMLElement>('article > *')) {
          part.scrollIntoView({ block: 'nearest' });
          const r = part.getBoundingClientRect();
          expect(r.top, part.className).to.be.at.least(0);
          expect(r.bottom, part.className).to.be.at.most(500 + 1);
          expect(getComputedStyle(part).overflow).to.equal('visible');
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(1280);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('layout', () => {
    it('fits 320 px without horizontal scrolling', async () => {
      const flow = startFlow();
      walk(flow, 'scenario');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><hqc-unit .course=${course} .actor=${flow}></hqc-unit></div>`);
      const el = wrapper.querySelector('hqc-unit')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      // Every button on screen (the closed menu drawer's are not) is at least 44 px high.
      for (const b of root(el).querySelectorAll('button')) if (!b.closest('dialog:not([open])')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    });
  });
});

/** The unit in the light DOM, for the virtual screen reader (it does not enter shadow roots). */
class HqcUnitLight extends HqcUnitElement {
  createRenderRoot() {
    return this;
  }
}
customElements.define('hqc-unit-light', HqcUnitLight);
