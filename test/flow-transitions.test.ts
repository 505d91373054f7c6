// The flow machine's transitions one by one, on the real content: where Continue, Back and the
// menu lead from each kind of lesson, and what each leaves in the saved context. flow.test.ts
// walks every reachable state; these pin the behaviour a learner sees at each edge.
import { beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { COMPLETE, createFlowMachine, currentStep, type FlowEvent, type FlowMachine } from '../src/flow/machine';
import type { PanelsBlock } from '../src/course/types';
import { initialContext, lessonById, pageCount, panelsKey, unseenPanels, viewAllBlock, yesNoIds, type FlowContext } from '../src/flow/progress';
import { startFlow } from '../src/flow/engine';
import { saveFlow } from '../src/flow/snapshot';
import { realCourse } from './helpers/content';

const course = realCourse();
// Built for each test: mutation testing switches a mutant on as a test starts (see flow.test.ts).
let machine: FlowMachine;
beforeEach(() => {
  machine = createFlowMachine(course);
});

/** An actor at `step` with the given context, as a restored save would start it. */
function at(step: string, patch: Partial<FlowContext> = {}) {
  return createActor(machine, { input: {}, snapshot: machine.resolveState({ value: step, context: { ...initialContext(), ...patch } }) }).start();
}

const allYes = Object.fromEntries(yesNoIds(course).map((id) => [id, 'yes']));
const send = (actor: ReturnType<typeof at>, ...events: FlowEvent[]) => {
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
};
const lastPage = (id: string) => pageCount(lessonById(course, id)!) - 1;

describe('the completion screen from the menu', () => {
  it('before completion, going to it does nothing', () => {
    const snap = send(at('learning-outcome', { path: 'full' }), { type: 'nav.goto', id: COMPLETE });
    expect(currentStep(snap)).toBe('learning-outcome');
    expect(snap.status).toBe('active');
  });

  it('after completion, the learner can return to it from any lesson; an unknown id still goes nowhere', () => {
    const actor = at('references', { completed: true, path: 'quick', answers: allYes, returnTo: 'quick-scan' });
    expect(currentStep(send(actor, { type: 'nav.goto', id: 'no-such-lesson' }))).toBe('references');
    expect(currentStep(send(actor, { type: 'nav.goto', id: COMPLETE }))).toBe(COMPLETE);
    expect(currentStep(send(actor, { type: 'nav.goto', id: 'introduction' }))).toBe('introduction');
    expect(currentStep(send(actor, { type: 'nav.goto', id: COMPLETE }))).toBe(COMPLETE);
  });
});

describe('the path step and the quick scan', () => {
  it('all Yes: choosing the quick scan opens it and records the quick path', () => {
    const snap = send(at('your-path', { answers: allYes, visited: ['is-this-for-you'] }), { type: 'path.choose', path: 'quick' });
    expect(currentStep(snap)).toBe('quick-scan');
    expect(snap.context.path).toBe('quick');
  });

  it('finishing the quick scan completes the quick path and records it, whatever path the restored state held', () => {
    const pages = { 'quick-scan': lastPage('quick-scan') };
    const snap = send(at('quick-scan', { answers: allYes, path: null, visited: ['is-this-for-you', 'your-path', 'quick-scan'], pages }), { type: 'step.continue' });
    expect(currentStep(snap)).toBe(COMPLETE);
    expect(snap.context).toMatchObject({ completed: true, path: 'quick' });
  });

  it('Back on a later page of the quick scan turns back a page; on its first page it returns to the path step', () => {
    const actor = at('quick-scan', { answers: allYes, path: 'quick', visited: ['is-this-for-you', 'your-path', 'quick-scan'], pages: { 'quick-scan': 2 } });
    let snap = send(actor, { type: 'step.back' });
    expect(currentStep(snap)).toBe('quick-scan');
    expect(snap.context.pages).toEqual({ 'quick-scan': 1 });
    snap = send(actor, { type: 'step.back' }, { type: 'step.back' });
    expect(currentStep(snap)).toBe('your-path');
    expect(snap.context.path).toBe('quick');
  });
});

describe('the first lesson has no step before it', () => {
  it('Back turns its pages back, and on its first page does nothing', () => {
    const actor = at('is-this-for-you', { pages: { 'is-this-for-you': 2 } });
    expect(send(actor, { type: 'step.back' }).context.pages).toEqual({ 'is-this-for-you': 1 });
    expect(send(actor, { type: 'step.back' }).context.pages).toEqual({});
    const snap = send(actor, { type: 'step.back' });
    expect(currentStep(snap)).toBe('is-this-for-you');
    expect(snap.context.pages).toEqual({});
  });
});

describe('a reference lesson', () => {
  it('is visited without becoming the bookmark, and has no Continue or Back of its own', () => {
    const actor = at('learning-outcome', { path: 'full', visited: ['is-this-for-you', 'your-path', 'learning-outcome'], returnTo: 'learning-outcome' });
    let snap = send(actor, { type: 'nav.goto', id: 'references' });
    expect(currentStep(snap)).toBe('references');
    expect(snap.context.visited).toContain('references');
    expect(snap.context.returnTo).toBe('learning-outcome');
    snap = send(actor, { type: 'step.continue' }, { type: 'step.back' });
    expect(currentStep(snap)).toBe('references');
  });
});

describe('Continue into the next lesson', () => {
  it('opens it at its first page, and keeps the page every other lesson was left on', () => {
    // Left on the last page of learning-outcome, with introduction and three-indicators left
    // part-way earlier (Back, then the menu).
    const pages = { 'learning-outcome': lastPage('learning-outcome'), introduction: 3, 'three-indicators': 2 };
    const snap = send(at('learning-outcome', { path: 'full', visited: ['is-this-for-you', 'your-path', 'learning-outcome'], pages }), { type: 'step.continue' });
    expect(currentStep(snap)).toBe('introduction');
    expect(snap.context.pages).toEqual({ 'learning-outcome': lastPage('learning-outcome'), 'three-indicators': 2 });
  });
});

describe('answers', () => {
  it('a reflection emptied, or left with only spaces, has no answer', () => {
    const actor = at('developing-connections', { path: 'full' });
    expect(send(actor, { type: 'answer.set', id: 'act-my-questions', value: 'What are you working on?' }).context.answers).toEqual({ 'act-my-questions': 'What are you working on?' });
    expect(send(actor, { type: 'answer.set', id: 'act-my-questions', value: ' \n ' }).context.answers).toEqual({});
    send(actor, { type: 'answer.set', id: 'act-my-questions', value: 'Again' });
    expect(send(actor, { type: 'answer.set', id: 'act-my-questions', value: '' }).context.answers).toEqual({});
  });

  it('a panel the lesson does not have is refused, and the flow keeps running', () => {
    // The real content has one view-all block; here the leaders' accordion asks for it too, so
    // that a panel of another lesson's view-all block can be sent.
    const variant = structuredClone(course);
    const leaders = variant.lessons.find((l) => l.id === 'for-team-leaders')!;
    const accordion = leaders.blocks.find((b) => b.type === 'panels' && b.style === 'accordion') as PanelsBlock;
    Object.assign(accordion, { viewAll: true });
    const elsewhere = { key: panelsKey(leaders, accordion) };
    expect(viewAllBlock(variant, elsewhere.key)?.lesson.id).toBe('for-team-leaders');
    const indicators = lessonById(variant, 'three-indicators')!;
    const tabs = unseenPanels(indicators, initialContext())[0];
    const m = createFlowMachine(variant);
    const actor = createActor(m, { input: {}, snapshot: m.resolveState({ value: indicators.id, context: { ...initialContext(), path: 'full' } }) }).start();
    let snap = send(actor, { type: 'panel.seen', key: 'no-such-lesson/0', index: 0 }, { type: 'panel.seen', key: elsewhere.key, index: 0 });
    expect(snap.status).toBe('active');
    expect(snap.context.seen).toEqual({});
    snap = send(actor, { type: 'panel.seen', key: tabs.key, index: 1 });
    expect(snap.context.seen).toEqual({ [tabs.key]: 2 });
  });
});

describe('starting the flow (engine.ts)', () => {
  it('a new attempt keeps the seed it was given for its shuffled options; a resumed one keeps its saved seed and step', () => {
    const fresh = startFlow(course, null, 4242);
    fresh.actor.start();
    expect(fresh.restored).toBeNull();
    expect(currentStep(fresh.actor.getSnapshot())).toBe(course.lessons[0].id);
    expect(fresh.actor.getSnapshot().context.seed).toBe(4242);

    const saved = JSON.parse(JSON.stringify(saveFlow(at('introduction', { path: 'full', seed: 77, visited: ['is-this-for-you', 'your-path', 'learning-outcome', 'introduction'], returnTo: 'introduction' }).getSnapshot())));
    const resumed = startFlow(course, saved, 4242);
    resumed.actor.start();
    expect(resumed.restored?.dropped).toEqual([]);
    expect(currentStep(resumed.actor.getSnapshot())).toBe('introduction');
    expect(resumed.actor.getSnapshot().context).toMatchObject({ seed: 77, path: 'full' });
  });
});
